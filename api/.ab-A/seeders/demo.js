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
    get DEMO_LOGINS () {
        return DEMO_LOGINS;
    },
    get DEMO_PASSWORD () {
        return DEMO_PASSWORD;
    },
    get seedDemo () {
        return seedDemo;
    }
});
const _accesslevelentity = require("../modules/accounts/access-level.entity");
const _companyentity = require("../modules/accounts/company.entity");
const _passwords = require("../modules/accounts/passwords");
const _userentity = require("../modules/accounts/user.entity");
const _democatalog = require("./demo-catalog");
const _ordersdemo = require("../modules/orders/orders.demo");
const DEMO_PASSWORD = 'kontor-demo-2026';
const DEMO_LOGINS = [
    {
        email: 'observer@budmax.example',
        role: 'customer · observer (catalog and stock, never prices)'
    },
    {
        email: 'passive@budmax.example',
        role: 'customer · passive (prices, orders view)'
    },
    {
        email: 'active@budmax.example',
        role: 'customer · active (places orders)'
    },
    {
        email: 'extended@budmax.example',
        role: 'customer · active extended (invoices) and company admin'
    },
    {
        email: 'rep@kontor.example',
        role: 'staff · sales rep (Budmax, Elektro-Nord)'
    },
    {
        email: 'admin@kontor.example',
        role: 'staff · back-office admin'
    }
];
async function seedDemo(em) {
    if (await em.count(_userentity.User, {
        email: 'admin@kontor.example'
    }, {
        filters: false
    })) {
        await (0, _democatalog.seedDemoCatalog)(em);
        return (0, _ordersdemo.seedDemoOrders)(em);
    }
    const passwordHash = await (0, _passwords.hashPassword)(DEMO_PASSWORD);
    const level = async (code)=>em.findOneOrFail(_accesslevelentity.AccessLevel, {
            code
        });
    const budmax = em.create(_companyentity.Company, {
        name: 'Budmax Sp. z o.o.',
        erpId: 'K-0001',
        taxId: 'PL5250000001'
    });
    const nord = em.create(_companyentity.Company, {
        name: 'Elektro-Nord S.A.',
        erpId: 'K-0002',
        taxId: 'PL5250000002'
    });
    em.create(_companyentity.Company, {
        name: 'Hydro-Serwis Jan Kowalski',
        erpId: 'K-0003',
        taxId: 'PL5250000003'
    });
    const user = async (email, name, company, code, companyAdmin = false)=>em.create(_userentity.User, {
            email,
            name,
            passwordHash,
            company,
            accessLevel: await level(code),
            companyAdmin,
            locale: 'pl'
        });
    await user('observer@budmax.example', 'Olga Obserwator', budmax, 'observer');
    await user('passive@budmax.example', 'Piotr Pasywny', budmax, 'passive');
    await user('active@budmax.example', 'Anna Aktywna', budmax, 'active');
    await user('extended@budmax.example', 'Edward Rozszerzony', budmax, 'active_extended', true);
    await user('buyer@elektro-nord.example', 'Ewa Nord', nord, 'active_extended', true);
    const rep = em.create(_userentity.User, {
        email: 'rep@kontor.example',
        name: 'Roman Przedstawiciel',
        passwordHash,
        staffRole: 'sales_rep',
        locale: 'pl'
    });
    rep.assignedCompanies.add(budmax, nord);
    em.create(_userentity.User, {
        email: 'admin@kontor.example',
        name: 'Ada Administrator',
        passwordHash,
        staffRole: 'admin',
        locale: 'en'
    });
    await em.flush();
    await (0, _democatalog.seedDemoCatalog)(em);
    await (0, _ordersdemo.seedDemoOrders)(em);
}

//# sourceMappingURL=demo.js.map