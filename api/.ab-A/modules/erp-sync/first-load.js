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
    get checkReferencesAtEnd () {
        return checkReferencesAtEnd;
    },
    get isEmpty () {
        return isEmpty;
    },
    get setAsideIndexesIfEmpty () {
        return setAsideIndexesIfEmpty;
    },
    get setAsideKeysIfEmpty () {
        return setAsideKeysIfEmpty;
    }
});
async function setAsideIndexesIfEmpty(client, table) {
    await client.query(`lock table "${table}" in access exclusive mode`);
    if (!await isEmpty(client, table)) return null;
    const defs = await client.query(`select format('drop index %s', i.indexrelid::regclass) as drop,
            pg_get_indexdef(i.indexrelid) as create
       from pg_index i
      where i.indrelid = $1::regclass and not i.indisunique and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by i.indexrelid`, [
        table
    ]);
    for (const d of defs.rows)await client.query(d.drop);
    return {
        async restore () {
            await client.query(`set local maintenance_work_mem = '256MB'`);
            for (const d of defs.rows)await client.query(d.create);
        }
    };
}
async function setAsideKeysIfEmpty(client, table) {
    const indexes = await setAsideIndexesIfEmpty(client, table);
    if (!indexes) return null;
    const keys = await client.query(`select c.conname as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c
      where c.conrelid = $1::regclass and c.contype in ('p', 'u')
        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
      order by c.conname`, [
        table
    ]);
    if (keys.rows.length) await client.query(`alter table "${table}" ${keys.rows.map((k)=>`drop constraint "${k.name}"`).join(', ')}`);
    return {
        async restore () {
            await indexes.restore();
            for (const k of keys.rows){
                try {
                    await client.query(`alter table "${table}" add constraint "${k.name}" ${k.def}`);
                } catch (err) {
                    const detail = err.detail;
                    throw new Error(`The first load of ${table} breaks its key ${k.name} (${k.def})${detail ? `: ${detail}` : ''}.`, {
                        cause: err
                    });
                }
            }
        }
    };
}
async function isEmpty(client, table) {
    const res = await client.query(`select 1 from "${table}" limit 1`);
    return !res.rowCount;
}
async function checkReferencesAtEnd(client, table) {
    const su = await client.query(`select current_setting('is_superuser') = 'on' as su`);
    if (!su.rows[0]?.su) return null;
    const fks = await client.query(`select c.conname as name, c.confrelid::regclass::text as ref,
            array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as cols,
            array(select a.attname from unnest(c.confkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)::text[] as refcols
       from pg_constraint c where c.conrelid = $1::regclass and c.contype = 'f' order by c.conname`, [
        table
    ]);
    if (!fks.rows.length) return null;
    await client.query(`lock table ${[
        ...new Set(fks.rows.map((f)=>f.ref))
    ].join(', ')} in share mode`);
    await client.query('set local session_replication_role = replica');
    return {
        async verify () {
            await client.query('set local session_replication_role = origin');
            for (const fk of fks.rows){
                const t = fk.cols.map((c)=>`t."${c}"`);
                const r = fk.refcols.map((c)=>`r."${c}"`);
                const orphan = await client.query(`select 1 from "${table}" t where ${t.map((c)=>`${c} is not null`).join(' and ')}
             and not exists (select 1 from ${fk.ref} r where (${r.join(', ')}) = (${t.join(', ')})) limit 1`);
                if (orphan.rowCount) throw new Error(`The first load of ${table} has rows whose ${fk.ref} row does not exist (${fk.name}).`);
            }
        }
    };
}

//# sourceMappingURL=first-load.js.map