/** Catalog languages (DESIGN.md §9) and the fallback every translated text follows: user locale → pl → en. */ "use strict";
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
    get CATALOG_LOCALES () {
        return CATALOG_LOCALES;
    },
    get catalogLocale () {
        return catalogLocale;
    },
    get translate () {
        return translate;
    }
});
const CATALOG_LOCALES = [
    'pl',
    'en',
    'de',
    'ru'
];
function catalogLocale(locale) {
    const l = (locale ?? '').slice(0, 2).toLowerCase();
    return CATALOG_LOCALES.includes(l) ? l : 'pl';
}
function translate(t, locale) {
    if (!t) return '';
    return t[locale] ?? t.pl ?? t.en ?? Object.values(t).find((v)=>v) ?? '';
}

//# sourceMappingURL=i18n.js.map