"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261123195000_product_search_words", {
    enumerable: true,
    get: function() {
        return Migration20261123195000_product_search_words;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261123195000_product_search_words = class Migration20261123195000_product_search_words extends _migrations.Migration {
    async up() {
        this.addSql(`create or replace function kontor_product_derive() returns trigger language plpgsql as $f$
      declare maker text; pl text;
      begin
        if new.category_id is null then
          new.category_path := '{}';
        else
          select c.path into new.category_path from category c where c.id = new.category_id;
          new.category_path := coalesce(new.category_path, '{}');
        end if;
        if tg_op = 'INSERT' or new.search_pl is null or new.names is distinct from old.names or new.model is distinct from old.model
           or new.manufacturer_id is distinct from old.manufacturer_id then
          if new.manufacturer_id is not null then
            select m.name into maker from manufacturer m where m.id = new.manufacturer_id;
          end if;
          pl := kontor_name(new.names, 'pl');
          new.search_pl := kontor_product_tsv(new.names, 'pl', new.model, maker);
          new.search_en := case when kontor_name(new.names, 'en') = pl then new.search_pl else kontor_product_tsv(new.names, 'en', new.model, maker) end;
          new.search_de := case when kontor_name(new.names, 'de') = pl then new.search_pl else kontor_product_tsv(new.names, 'de', new.model, maker) end;
          new.search_ru := case when kontor_name(new.names, 'ru') = pl then new.search_pl else kontor_product_tsv(new.names, 'ru', new.model, maker) end;
        end if;
        return new;
      end $f$;`);
        this.addSql(`create or replace function kontor_product_words_inserted() returns trigger language plpgsql as $f$
      begin
        insert into search_word (word)
          select distinct w from new_rows n, unnest(tsvector_to_array(n.search_pl || n.search_en || n.search_de || n.search_ru)) w
           where length(w) >= 3 and w !~ '[0-9]'
          on conflict do nothing;
        return null;
      end $f$;`);
        this.addSql(`create or replace function kontor_product_words_updated() returns trigger language plpgsql as $f$
      begin
        insert into search_word (word)
          select distinct w from new_rows n join old_rows o on o.id = n.id,
                 unnest(tsvector_to_array(n.search_pl || n.search_en || n.search_de || n.search_ru)) w
           where (n.search_pl, n.search_en, n.search_de, n.search_ru) is distinct from (o.search_pl, o.search_en, o.search_de, o.search_ru)
             and length(w) >= 3 and w !~ '[0-9]'
          on conflict do nothing;
        return null;
      end $f$;`);
        this.addSql(`create trigger product_words_inserted after insert on product referencing new table as new_rows for each statement execute function kontor_product_words_inserted();`);
        this.addSql(`create trigger product_words_updated after update on product referencing old table as old_rows new table as new_rows for each statement execute function kontor_product_words_updated();`);
    }
    async down() {
        this.addSql(`drop trigger if exists product_words_updated on product;`);
        this.addSql(`drop trigger if exists product_words_inserted on product;`);
        this.addSql(`drop function if exists kontor_product_words_updated();`);
        this.addSql(`drop function if exists kontor_product_words_inserted();`);
        this.addSql(`create or replace function kontor_product_derive() returns trigger language plpgsql as $f$
      declare maker text;
      begin
        if new.category_id is null then
          new.category_path := '{}';
        else
          select c.path into new.category_path from category c where c.id = new.category_id;
          new.category_path := coalesce(new.category_path, '{}');
        end if;
        if tg_op = 'INSERT' or new.search_pl is null or new.names is distinct from old.names or new.model is distinct from old.model
           or new.manufacturer_id is distinct from old.manufacturer_id then
          select m.name into maker from manufacturer m where m.id = new.manufacturer_id;
          new.search_pl := kontor_product_tsv(new.names, 'pl', new.model, maker);
          new.search_en := kontor_product_tsv(new.names, 'en', new.model, maker);
          new.search_de := kontor_product_tsv(new.names, 'de', new.model, maker);
          new.search_ru := kontor_product_tsv(new.names, 'ru', new.model, maker);
          insert into search_word (word)
            select distinct w from unnest(tsvector_to_array(new.search_pl || new.search_en || new.search_de || new.search_ru)) w
             where length(w) >= 3 and w !~ '[0-9]'
            on conflict do nothing;
        end if;
        return new;
      end $f$;`);
    }
};

//# sourceMappingURL=Migration20261123195000_product_search_words.js.map