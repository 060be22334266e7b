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
    get TokenSigner () {
        return TokenSigner;
    },
    get randomSecret () {
        return randomSecret;
    },
    get sha256 () {
        return sha256;
    }
});
const _nodecrypto = require("node:crypto");
const b64 = (buf)=>Buffer.from(buf).toString('base64url');
/** How many verified tokens a signer remembers (a token's signature is checked once, its expiry on every use). */ const VERIFIED_ENTRIES = 10_000;
let TokenSigner = class TokenSigner {
    constructor(secret){
        this.secret = secret;
        this.verified = new Map();
    }
    sign(claims) {
        const body = `v1.${b64(JSON.stringify(claims))}`;
        return `${body}.${this.mac(body)}`;
    }
    /** Returns the claims of a well-formed, correctly signed, unexpired token; otherwise null. */ verify(token, nowSeconds) {
        const known = this.verified.get(token);
        if (known) return known.exp > nowSeconds ? known : null;
        const claims = this.check(token);
        if (!claims) return null;
        if (this.verified.size >= VERIFIED_ENTRIES) this.verified.clear();
        this.verified.set(token, claims);
        return claims.exp > nowSeconds ? claims : null;
    }
    /** The claims of a well-formed, correctly signed token, expired or not; otherwise null. */ check(token) {
        const parts = token.split('.');
        if (parts.length !== 3 || parts[0] !== 'v1') return null;
        const expected = Buffer.from(this.mac(`${parts[0]}.${parts[1]}`));
        const given = Buffer.from(parts[2]);
        if (expected.length !== given.length || !(0, _nodecrypto.timingSafeEqual)(expected, given)) return null;
        try {
            const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
            if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
            return Object.freeze(claims);
        } catch  {
            return null;
        }
    }
    mac(body) {
        return (0, _nodecrypto.createHmac)('sha256', this.secret).update(body).digest('base64url');
    }
};
const randomSecret = (bytes = 32)=>(0, _nodecrypto.randomBytes)(bytes).toString('base64url');
const sha256 = (value)=>(0, _nodecrypto.createHash)('sha256').update(value).digest('hex');

//# sourceMappingURL=tokens.js.map