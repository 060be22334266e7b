/**
 * A tiny SQL builder for the catalog's hand-written statements: `?` placeholders with their values kept in order,
 * executed through MikroORM's connection (which inlines escaped literals). Arrays go in as PostgreSQL array
 * literals (`arr()`), JSON as text cast to jsonb.
 */ "use strict";
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
    get Sql () {
        return Sql;
    },
    get arr () {
        return arr;
    },
    get isUuid () {
        return isUuid;
    }
});
let Sql = class Sql {
    /** Adds a fragment; each `?` in it takes the next value. */ add(fragment, ...values) {
        this.parts.push(fragment);
        this.params.push(...values);
        return this;
    }
    get text() {
        return this.parts.join(' ');
    }
    constructor(){
        this.params = [];
        this.parts = [];
        /**
   * Whether a condition's best plan depends on its values (a manufacturer list, a characteristic, stock, a deep
   * category): such a statement is planned for its values, any other may run its generic plan.
   */ this.valueSensitive = false;
    }
};
function arr(values) {
    for (const v of values)if (/[",{}\\\s]/.test(v)) throw new Error(`array element not allowed: ${v}`);
    return `{${values.join(',')}}`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s)=>UUID.test(s);

//# sourceMappingURL=sql.js.map