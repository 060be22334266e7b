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
    get ManualClock () {
        return ManualClock;
    },
    get systemClock () {
        return systemClock;
    }
});
const systemClock = {
    now: ()=>new Date()
};
let ManualClock = class ManualClock {
    constructor(current = new Date()){
        this.current = current;
    }
    now() {
        return new Date(this.current.getTime());
    }
    set(at) {
        this.current = new Date(at.getTime());
    }
    advance(ms) {
        this.current = new Date(this.current.getTime() + ms);
    }
};

//# sourceMappingURL=clock.js.map