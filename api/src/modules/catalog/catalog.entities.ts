import { Assortment } from './assortment.entity';
import { Category } from './category.entity';
import { Characteristic, CharacteristicOption } from './characteristic.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product, ProductAssociation, SearchWord } from './product.entity';
import { PlannedDelivery, StockLevel } from '../stock/stock.entity';
import { Warehouse } from '../stock/warehouse.entity';

/** The catalog's and stock's tables (ERP-mastered, DESIGN.md §3). */
export const CATALOG_ENTITIES = [
  Manufacturer,
  Category,
  Characteristic,
  CharacteristicOption,
  Product,
  ProductAssociation,
  SearchWord,
  Assortment,
  Warehouse,
  StockLevel,
  PlannedDelivery,
];
