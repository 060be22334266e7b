/**
 * Access-time windows: the days and hours in which an account may sign in and work,
 * in the company's time zone. Pure functions, no I/O.
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
    get isWithinAccessWindows () {
        return isWithinAccessWindows;
    },
    get localTime () {
        return localTime;
    },
    get validateAccessWindows () {
        return validateAccessWindows;
    }
});
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
function validateAccessWindows(windows) {
    const problems = [];
    windows.forEach((w, i)=>{
        if (!w.days.length || w.days.some((d)=>!Number.isInteger(d) || d < 1 || d > 7)) {
            problems.push(`window ${i + 1}: days must be weekday numbers 1 (Monday) to 7 (Sunday)`);
        }
        if (!HHMM.test(w.from)) problems.push(`window ${i + 1}: "from" must be HH:MM, got "${w.from}"`);
        if (!HHMM.test(w.to) && w.to !== '24:00') problems.push(`window ${i + 1}: "to" must be HH:MM, got "${w.to}"`);
    });
    return problems;
}
const minutes = (hhmm)=>Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const WEEKDAY = {
    Mon: 1,
    Tue: 2,
    Wed: 3,
    Thu: 4,
    Fri: 5,
    Sat: 6,
    Sun: 7
};
const formatters = new Map();
function localTime(at, timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23'
        });
        formatters.set(timeZone, f);
    }
    const parts = Object.fromEntries(f.formatToParts(at).map((p)=>[
            p.type,
            p.value
        ]));
    return {
        day: WEEKDAY[parts.weekday],
        minute: Number(parts.hour) * 60 + Number(parts.minute)
    };
}
function isWithinAccessWindows(windows, timeZone, at) {
    if (!windows || windows.length === 0) return true;
    const { day, minute } = localTime(at, timeZone);
    const previousDay = day === 1 ? 7 : day - 1;
    return windows.some((w)=>{
        const from = minutes(w.from);
        const to = w.to === '24:00' ? 24 * 60 : minutes(w.to);
        if (from < to) return w.days.includes(day) && minute >= from && minute < to;
        // across midnight: the evening part belongs to the listed day, the morning part to the day after it
        return w.days.includes(day) && minute >= from || w.days.includes(previousDay) && minute < to;
    });
}

//# sourceMappingURL=access-window.js.map