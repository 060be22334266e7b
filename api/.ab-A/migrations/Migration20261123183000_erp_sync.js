"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123183000_erp_sync", {
    enumerable: true,
    get: function() {
        return Migration20261123183000_erp_sync;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123183000_erp_sync = class Migration20261123183000_erp_sync extends _migrations.Migration {
    async up() {
        this.addSql(`create table "erp_dead_letter" ("id" uuid not null, "outbox_id" bigint null, "aggregate_type" text not null, "aggregate_id" text not null, "kind" text not null, "payload" jsonb not null, "reason" text not null, "attempts" int not null, "created_at" timestamptz not null, "replayed_at" timestamptz null, "replayed_by" uuid null, constraint "erp_dead_letter_pkey" primary key ("id"));`);
        this.addSql(`create index "erp_dead_letter_outbox_id_index" on "erp_dead_letter" ("outbox_id");`);
        this.addSql(`create index "erp_dead_letter_created_at_id_index" on "erp_dead_letter" ("created_at", "id");`);
        this.addSql(`create table "erp_document" ("kind" text not null, "kontor_reference" text not null, "erp_id" text null, "erp_number" text null, "status" text not null, "reason" text null, "changed_at" timestamptz not null, "updated_at" timestamptz not null, constraint "erp_document_pkey" primary key ("kind", "kontor_reference"));`);
        this.addSql(`create table "erp_inbox" ("message_key" text not null, "entity" text not null, "received_at" timestamptz not null, constraint "erp_inbox_pkey" primary key ("message_key"));`);
        this.addSql(`create index "erp_inbox_received_at_index" on "erp_inbox" ("received_at");`);
        this.addSql(`create table "erp_quarantine" ("id" uuid not null, "entity" text not null, "source" text null, "raw" text not null, "reason" text not null, "created_at" timestamptz not null, constraint "erp_quarantine_pkey" primary key ("id"));`);
        this.addSql(`create index "erp_quarantine_created_at_id_index" on "erp_quarantine" ("created_at", "id");`);
        this.addSql(`create table "erp_sync_state" ("entity" text not null, "cursor_modified_at" timestamptz null, "cursor_erp_id" text null, "last_success_at" timestamptz null, "last_attempt_at" timestamptz null, "last_error" text null, "last_full_sync_at" timestamptz null, "applied" bigint not null default 0, "unchanged" bigint not null default 0, "quarantined" bigint not null default 0, "updated_at" timestamptz not null, constraint "erp_sync_state_pkey" primary key ("entity"));`);
        this.addSql(`create table "outbox" ("id" bigserial primary key, "aggregate_type" text not null, "aggregate_id" text not null, "seq" int not null, "kind" text not null, "payload" jsonb not null, "created_at" timestamptz not null, "sent_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "dead_at" timestamptz null, "erp_id" text null, "erp_number" text null);`);
        this.addSql(`create index "outbox_sent_at_dead_at_next_attempt_at_index" on "outbox" ("sent_at", "dead_at", "next_attempt_at");`);
        this.addSql(`alter table "outbox" add constraint "outbox_aggregate_type_aggregate_id_seq_unique" unique ("aggregate_type", "aggregate_id", "seq");`);
    }
    async down() {
        this.addSql(`drop table if exists "erp_sync_state" cascade;`);
        this.addSql(`drop table if exists "erp_inbox" cascade;`);
        this.addSql(`drop table if exists "erp_quarantine" cascade;`);
        this.addSql(`drop table if exists "outbox" cascade;`);
        this.addSql(`drop table if exists "erp_dead_letter" cascade;`);
        this.addSql(`drop table if exists "erp_document" cascade;`);
    }
};

//# sourceMappingURL=Migration20261123183000_erp_sync.js.map