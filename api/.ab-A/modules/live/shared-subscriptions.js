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
    get SharedSubscriptions () {
        return SharedSubscriptions;
    },
    get audienceKey () {
        return audienceKey;
    }
});
const _graphql = require("graphql");
/** Results a slow subscriber may have waiting before the oldest are dropped. */ const MAX_PENDING = 10_000;
/** Bytes a subscriber's socket may have unsent before it is closed as too slow. */ const MAX_BUFFERED = 16 * 1024 * 1024;
function audienceKey(actor, locale) {
    const perms = [
        ...actor.permissions
    ].sort().join(',');
    switch(actor.kind){
        case 'customer':
        case 'apiKey':
            return `company:${actor.companyId}:${perms}:${locale}`;
        case 'staff':
            return `staff:${actor.role}:${actor.assignedCompanyIds === 'all' ? '*' : [
                ...actor.assignedCompanyIds
            ].sort().join(',')}:${perms}:${locale}`;
        default:
            return `anonymous:${locale}`;
    }
}
let SharedSubscriptions = class SharedSubscriptions {
    constructor(shareable, log){
        this.shareable = shareable;
        this.log = log;
        this.groups = new Map();
        this.sinks = new WeakMap();
    }
    /** Says where the results of the subscription with this context value may be written directly. */ attach(contextValue, sink) {
        this.sinks.set(contextValue, sink);
    }
    subscribe(args) {
        const key = this.keyOf(args);
        if (key === null) return (0, _graphql.subscribe)(args);
        let group = this.groups.get(key);
        if (!group) {
            group = new Group(args, this.log, ()=>{
                if (this.groups.get(key) === group) this.groups.delete(key);
            });
            this.groups.set(key, group);
        }
        const sink = args.contextValue && typeof args.contextValue === 'object' ? this.sinks.get(args.contextValue) : undefined;
        return group.join(()=>this.subscribe(args), sink);
    }
    /** Groups on this process and their members (for tests and metrics). */ counts() {
        let members = 0;
        for (const g of this.groups.values())members += g.size();
        return {
            groups: this.groups.size,
            members
        };
    }
    keyOf(args) {
        const op = (0, _graphql.getOperationAST)(args.document, args.operationName);
        if (!op || op.operation !== 'subscription') return null;
        for (const sel of op.selectionSet.selections){
            if (sel.kind !== _graphql.Kind.FIELD || !this.shareable.has(sel.name.value)) return null;
        }
        const ctx = args.contextValue;
        if (!ctx?.actor) return null;
        return `${audienceKey(ctx.actor, ctx.locale)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${(0, _graphql.print)(op)}`;
    }
};
let Group = class Group {
    constructor(args, log, onClose){
        this.log = log;
        this.onClose = onClose;
        this.members = new Set();
        this.closed = false;
        this.source = Promise.resolve((0, _graphql.subscribe)(args));
        this.source.then((s)=>{
            if (isIterator(s)) void this.pump(s);
            else this.close();
        }, ()=>this.close());
    }
    size() {
        return this.members.size;
    }
    /** A member's own iterator over the group's results (or the error result every member gets). */ async join(retry, sink) {
        const s = await this.source;
        if (!isIterator(s)) return s;
        if (this.closed) return retry(); // the last member left while this one was on its way in
        const member = new Member(this.log, ()=>this.leave(member), sink);
        this.members.add(member);
        return member;
    }
    async pump(source) {
        try {
            for(;;){
                const r = await source.next();
                if (r.done) break;
                let text;
                for (const m of this.members){
                    if (m.sink) m.write(text ??= serialize(r.value));
                    else m.push(r.value);
                }
            }
            for (const m of [
                ...this.members
            ])m.end();
        } catch (err) {
            for (const m of [
                ...this.members
            ])m.fail(err);
        } finally{
            this.close();
        }
    }
    leave(member) {
        this.members.delete(member);
        if (this.members.size === 0) {
            this.close();
            void this.source.then((s)=>isIterator(s) ? s.return?.() : undefined).catch(()=>undefined);
        }
    }
    close() {
        if (this.closed) return;
        this.closed = true;
        this.onClose();
    }
};
/** One subscriber's queue of the group's results; `return()` leaves the group at once. */ let Member = class Member {
    constructor(log, onLeave, /** When set, results are written straight to the subscriber's socket, serialized once per group. */ sink){
        this.log = log;
        this.onLeave = onLeave;
        this.sink = sink;
        this.queue = [];
        this.waiter = null;
        this.done = false;
        this.failure = null;
        this.dropped = 0;
    }
    /** Writes one serialized result (`serialize`) as this member's `next` message. */ write(payload) {
        if (this.done || !this.sink) return;
        if (this.sink.buffered() > MAX_BUFFERED) {
            this.log.warn('a live subscriber that does not keep up was disconnected');
            this.sink.tooSlow();
            return;
        }
        this.sink.send(`{"id":${JSON.stringify(this.sink.id)},"type":"next","payload":${payload}}`);
    }
    push(r) {
        if (this.done) return;
        const w = this.waiter;
        if (w) {
            this.waiter = null;
            w.resolve({
                value: r,
                done: false
            });
            return;
        }
        if (this.queue.length >= MAX_PENDING) {
            this.queue.shift();
            if (this.dropped++ === 0) this.log.warn('a slow subscriber dropped live results');
        }
        this.queue.push(r);
    }
    end() {
        this.finish();
        const w = this.waiter;
        this.waiter = null;
        w?.resolve({
            value: undefined,
            done: true
        });
    }
    fail(err) {
        this.failure = err;
        const w = this.waiter;
        this.waiter = null;
        if (w) {
            this.failure = null;
            w.reject(err);
        }
        this.finish();
    }
    next() {
        if (this.queue.length) return Promise.resolve({
            value: this.queue.shift(),
            done: false
        });
        if (this.failure) {
            const err = this.failure;
            this.failure = null;
            return Promise.reject(err);
        }
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
        this.queue.length = 0;
        this.end();
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
    finish() {
        if (this.done) return;
        this.done = true;
        this.onLeave();
    }
};
/** A result as graphql-ws would put it in a `next` message's payload. */ function serialize(r) {
    const { errors, ...rest } = r;
    return JSON.stringify(errors ? {
        ...rest,
        errors: errors.map((e)=>e.toJSON())
    } : rest);
}
function isIterator(x) {
    return typeof x[Symbol.asyncIterator] === 'function';
}

//# sourceMappingURL=shared-subscriptions.js.map