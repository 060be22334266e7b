"use strict";
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
    get ANY_ID () {
        return ANY_ID;
    },
    get EventBus () {
        return EventBus;
    }
});
const _nodecrypto = require("node:crypto");
const ANY_ID = Symbol('any id');
/** Events a slow subscriber may have waiting before the oldest are dropped. */ const MAX_PENDING = 10_000;
let EventBus = class EventBus {
    constructor(pub, sub, prefix, log){
        this.pub = pub;
        this.sub = sub;
        this.prefix = prefix;
        this.log = log;
        this.listeners = new Map();
        /** Listeners to every id of a topic, by pattern (`<prefix>ev:<topic>:*`). */ this.patternListeners = new Map();
        this.origin = (0, _nodecrypto.randomUUID)();
        this.sub.on('messageBuffer', (channel, message)=>this.dispatch(channel.toString(), message.toString()));
        this.sub.on('pmessageBuffer', (pattern, _channel, message)=>this.dispatch(pattern.toString(), message.toString(), this.patternListeners));
    }
    pattern(topic) {
        return `${this.prefix}ev:${topic}:*`;
    }
    channel(topic, id) {
        return id === undefined || id === null ? `${this.prefix}ev:${topic}` : `${this.prefix}ev:${topic}:${String(id)}`;
    }
    dispatch(channel, message, registry = this.listeners) {
        if (!registry.has(channel)) return;
        let envelope;
        try {
            envelope = JSON.parse(message);
        } catch  {
            this.log.warn({
                channel
            }, 'dropped a malformed event');
            return;
        }
        if (envelope.o === this.origin) return;
        this.deliver(channel, envelope.p, registry);
    }
    deliver(channel, payload, registry = this.listeners) {
        const set = registry.get(channel);
        if (!set) return;
        for (const l of [
            ...set
        ]){
            try {
                l(payload);
            } catch (err) {
                this.log.error({
                    err,
                    channel
                }, 'event listener failed');
            }
        }
    }
    /** Publishes to `topic` (or `topic:id`): this process's listeners first, then every other process. */ async emit(topic, id, payload) {
        const channel = this.channel(topic, id);
        const message = JSON.stringify({
            o: this.origin,
            p: payload
        });
        this.deliver(channel, JSON.parse(message).p);
        if (id !== undefined && id !== null) this.deliver(this.pattern(topic), JSON.parse(message).p, this.patternListeners);
        await this.pub.publish(channel, message);
    }
    /** Adds a listener; returns a function that removes it. */ async on(topic, id, listener) {
        const channel = this.channel(topic, id);
        let set = this.listeners.get(channel);
        if (!set) {
            set = new Set();
            this.listeners.set(channel, set);
            await this.sub.subscribe(channel);
        }
        set.add(listener);
        return async ()=>{
            const s = this.listeners.get(channel);
            if (!s) return;
            s.delete(listener);
            if (s.size === 0) {
                this.listeners.delete(channel);
                await this.sub.unsubscribe(channel).catch(()=>undefined);
            }
        };
    }
    /** Adds a listener to every id of `topic` (not the bare topic); returns a function that removes it. */ async onAny(topic, listener) {
        const pattern = this.pattern(topic);
        let set = this.patternListeners.get(pattern);
        if (!set) {
            set = new Set();
            this.patternListeners.set(pattern, set);
            await this.sub.psubscribe(pattern);
        }
        set.add(listener);
        return async ()=>{
            const s = this.patternListeners.get(pattern);
            if (!s) return;
            s.delete(listener);
            if (s.size === 0) {
                this.patternListeners.delete(pattern);
                await this.sub.punsubscribe(pattern).catch(()=>undefined);
            }
        };
    }
    // --- type-graphql PubSub ---------------------------------------------------------------------------
    publish(routingKey, ...args) {
        const [idOrPayload, maybePayload] = args;
        const hasId = args.length > 1;
        void this.emit(routingKey, hasId ? idOrPayload : undefined, hasId ? maybePayload : idOrPayload).catch((err)=>this.log.error({
                err,
                routingKey
            }, 'publish failed'));
    }
    /**
   * An AsyncIterator over the events of `routingKey` for `dynamicId` (see `TopicIds`). Its `return()` removes the
   * listeners at once, even while it waits for the next event.
   */ subscribe(routingKey, dynamicId) {
        const listen = async (push)=>{
            const ids = await dynamicId;
            if (ids === ANY_ID) return [
                await this.onAny(routingKey, push)
            ];
            if (Array.isArray(ids)) return Promise.all([
                ...new Set(ids)
            ].map((id)=>this.on(routingKey, id, push)));
            return [
                await this.on(routingKey, ids, push)
            ];
        };
        return new BusIterator(listen, this.log, routingKey);
    }
    listenerCount() {
        let n = 0;
        for (const s of this.listeners.values())n += s.size;
        for (const s of this.patternListeners.values())n += s.size;
        return n;
    }
};
/** A queue between bus listeners and one consumer (a subscription), closed by `return()` at any moment. */ let BusIterator = class BusIterator {
    constructor(listen, log, topic){
        this.log = log;
        this.topic = topic;
        this.queue = [];
        this.waiter = null;
        this.offs = [];
        this.done = false;
        this.failure = null;
        this.dropped = 0;
        listen((payload)=>this.push(payload)).then((offs)=>{
            if (this.done) void Promise.all(offs.map((off)=>off()));
            else this.offs = offs;
        }, (err)=>{
            this.failure = err;
            const w = this.waiter;
            this.waiter = null;
            w?.reject(err);
        });
    }
    push(payload) {
        if (this.done) return;
        const w = this.waiter;
        if (w) {
            this.waiter = null;
            w.resolve({
                value: payload,
                done: false
            });
            return;
        }
        if (this.queue.length >= MAX_PENDING) {
            this.queue.shift();
            if (this.dropped++ === 0) this.log.warn({
                topic: this.topic
            }, 'a slow subscriber dropped events');
        }
        this.queue.push(payload);
    }
    next() {
        if (this.queue.length) return Promise.resolve({
            value: this.queue.shift(),
            done: false
        });
        if (this.failure) return Promise.reject(this.failure);
        if (this.done) return Promise.resolve({
            value: undefined,
            done: true
        });
        return new Promise((resolve, reject)=>this.waiter = {
                resolve,
                reject
            });
    }
    async return() {
        if (!this.done) {
            this.done = true;
            this.queue.length = 0;
            const w = this.waiter;
            this.waiter = null;
            w?.resolve({
                value: undefined,
                done: true
            });
            const offs = this.offs;
            this.offs = [];
            await Promise.all(offs.map((off)=>off()));
        }
        return {
            value: undefined,
            done: true
        };
    }
    async throw(err) {
        await this.return();
        throw err;
    }
    [Symbol.asyncIterator]() {
        return this;
    }
};

//# sourceMappingURL=event-bus.js.map