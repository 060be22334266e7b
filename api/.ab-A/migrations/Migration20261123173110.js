"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123173110", {
    enumerable: true,
    get: function() {
        return Migration20261123173110;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123173110 = class Migration20261123173110 extends _migrations.Migration {
    async up() {
        this.addSql(`create table "access_level" ("id" uuid not null, "code" text not null, "name" text not null, "permissions" text[] not null, "built_in" boolean not null default false, "updated_at" timestamptz not null, constraint "access_level_pkey" primary key ("id"));`);
        this.addSql(`alter table "access_level" add constraint "access_level_code_unique" unique ("code");`);
        this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "action" text not null, "actor_user_id" uuid null, "actor_api_key_id" uuid null, "company_id" uuid null, "target_type" text null, "target_id" text null, "ip" text null, "details" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
        this.addSql(`create index "audit_entry_action_index" on "audit_entry" ("action");`);
        this.addSql(`create index "audit_entry_company_id_index" on "audit_entry" ("company_id");`);
        this.addSql(`create index "audit_entry_at_id_index" on "audit_entry" ("at", "id");`);
        this.addSql(`create table "company" ("id" uuid not null, "erp_id" text null, "name" text not null, "tax_id" text null, "time_zone" text not null default 'Europe/Warsaw', "blocked" boolean not null default false, "blocked_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "company_pkey" primary key ("id"));`);
        this.addSql(`alter table "company" add constraint "company_erp_id_unique" unique ("erp_id");`);
        this.addSql(`create index "company_name_index" on "company" ("name");`);
        this.addSql(`create table "app_user" ("id" uuid not null, "email" text not null, "name" text not null, "locale" text not null default 'pl', "password_hash" text not null, "company_id" uuid null, "access_level_id" uuid null, "company_admin" boolean not null default false, "staff_role" text null, "blocked" boolean not null default false, "access_windows" jsonb null, "password_changed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
        this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
        this.addSql(`create index "app_user_company_id_index" on "app_user" ("company_id");`);
        this.addSql(`create table "auth_session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, "ip" text null, "user_agent" text null, constraint "auth_session_pkey" primary key ("id"));`);
        this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
        this.addSql(`create table "refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "refresh_token_pkey" primary key ("id"));`);
        this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);
        this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
        this.addSql(`create table "rep_assignment" ("rep_id" uuid not null, "company_id" uuid not null, constraint "rep_assignment_pkey" primary key ("rep_id", "company_id"));`);
        this.addSql(`create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "password_reset_pkey" primary key ("id"));`);
        this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
        this.addSql(`create table "api_key" ("id" uuid not null, "company_id" uuid not null, "created_by_id" uuid null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "scopes" text[] not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
        this.addSql(`create index "api_key_company_id_index" on "api_key" ("company_id");`);
        this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
        this.addSql(`alter table "app_user" add constraint "app_user_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "app_user" add constraint "app_user_access_level_id_foreign" foreign key ("access_level_id") references "access_level" ("id") on update cascade on delete set null;`);
        this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
        this.addSql(`alter table "refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade;`);
        this.addSql(`alter table "rep_assignment" add constraint "rep_assignment_rep_id_foreign" foreign key ("rep_id") references "app_user" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "rep_assignment" add constraint "rep_assignment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
        this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
        this.addSql(`alter table "api_key" add constraint "api_key_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);
        this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    }
};

//# sourceMappingURL=Migration20261123173110.js.map