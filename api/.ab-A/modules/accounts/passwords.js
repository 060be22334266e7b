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
    get MIN_PASSWORD_LENGTH () {
        return MIN_PASSWORD_LENGTH;
    },
    get argon2 () {
        return argon2;
    },
    get checkPassword () {
        return checkPassword;
    },
    get decoyHash () {
        return decoyHash;
    },
    get hashPassword () {
        return hashPassword;
    },
    get isUsableHash () {
        return isUsableHash;
    },
    get passwordProblem () {
        return passwordProblem;
    },
    get verifyPassword () {
        return verifyPassword;
    }
});
const _argon2 = require("@node-rs/argon2");
/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes). */ const OPTIONS = {
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1
};
const MIN_PASSWORD_LENGTH = 10;
const hashPassword = (password)=>(0, _argon2.hash)(password, OPTIONS);
const argon2 = {
    verify: (passwordHash, password)=>(0, _argon2.verify)(passwordHash, password)
};
async function verifyPassword(passwordHash, password) {
    try {
        return await argon2.verify(passwordHash, password);
    } catch  {
        return false;
    }
}
/** A hash of a random password, verified against when the e-mail is unknown, so timing reveals nothing. */ let decoy;
const decoyHash = ()=>decoy ??= hashPassword('kontor-decoy-password-never-matches');
const isUsableHash = (passwordHash)=>typeof passwordHash === 'string' && passwordHash.startsWith('$argon2');
async function checkPassword(storedHash, password) {
    const usable = isUsableHash(storedHash);
    const ok = await verifyPassword(usable ? storedHash : await decoyHash(), password);
    return usable && ok;
}
function passwordProblem(password) {
    if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
    if (password.length > 256) return 'The password may have at most 256 characters.';
    return null;
}

//# sourceMappingURL=passwords.js.map