"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "JobProducer", {
    enumerable: true,
    get: function() {
        return JobProducer;
    }
});
const _bullmq = require("bullmq");
const _jobs = require("./jobs");
let JobProducer = class JobProducer {
    constructor(redisUrl, redisPrefix){
        this.redisUrl = redisUrl;
        this.redisPrefix = redisPrefix;
        this.queues = new Map();
    }
    async add(name, payload, options = {}) {
        const queueName = _jobs.JOB_QUEUE[name];
        let q = this.queues.get(queueName);
        if (!q) {
            q = new _bullmq.Queue(queueName, {
                connection: {
                    url: this.redisUrl,
                    maxRetriesPerRequest: 1,
                    enableOfflineQueue: false
                },
                prefix: `${this.redisPrefix}bull`
            });
            q.on('error', ()=>undefined);
            this.queues.set(queueName, q);
        }
        await q.add(name, payload, {
            removeOnComplete: 1000,
            removeOnFail: 5000,
            ...options
        });
    }
    async close() {
        await Promise.allSettled([
            ...this.queues.values()
        ].map((q)=>q.close()));
        this.queues.clear();
    }
};

//# sourceMappingURL=producer.js.map