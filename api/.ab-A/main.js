"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _config = require("./config/config");
const _core = require("./core");
const _server = require("./graphql/server");
/** The API process: GraphQL over HTTP and WebSocket on one port. Stateless; run as many as needed. */ async function main() {
    const config = (0, _config.loadConfig)();
    const core = await (0, _core.createCore)(config);
    const server = await (0, _server.startApiServer)(core);
    core.log.info({
        url: server.url
    }, 'Kontor API listening');
    let stopping = false;
    const stop = async (signal)=>{
        if (stopping) return;
        stopping = true;
        core.log.info({
            signal
        }, 'stopping');
        await server.close();
        await core.close();
        process.exit(0);
    };
    process.once('SIGINT', ()=>void stop('SIGINT'));
    process.once('SIGTERM', ()=>void stop('SIGTERM'));
}
main().catch((err)=>{
    console.error(err instanceof _config.ConfigError ? err.message : `Kontor API failed to start: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
});

//# sourceMappingURL=main.js.map