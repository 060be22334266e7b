/** The EDI++ (Subiekt GT) adapter: what the rest of Kontor uses. See docs/edi/README.md. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get EDI_ENTITIES () {
        return _ediconnector.EDI_ENTITIES;
    },
    get EdiConnector () {
        return _ediconnector.EdiConnector;
    },
    get ediConnectorFromEnv () {
        return _ediconfig.ediConnectorFromEnv;
    },
    get loadEdiOptions () {
        return _ediconfig.loadEdiOptions;
    },
    get orderFromDocument () {
        return _ediconnector.orderFromDocument;
    }
});
const _ediconnector = require("./edi-connector");
const _ediconfig = require("./edi-config");

//# sourceMappingURL=index.js.map