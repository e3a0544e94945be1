import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";

/** A catalogue product of the demo data set. */
export interface DemoProduct {
  code: string;
  name: string;
  category: string;
  unit: string;
}

/** The demo catalogue: a beverage and snack distributor's range, referenced by business-plan launches. */
export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { code: "BEV-001", name: "绿茶 500ml Green tea", category: "beverages", unit: "case" },
  { code: "BEV-002", name: "乌龙茶 500ml Oolong tea", category: "beverages", unit: "case" },
  { code: "BEV-003", name: "柠檬汽水 330ml Lemon soda", category: "beverages", unit: "case" },
  { code: "BEV-004", name: "橙汁 1L Orange juice", category: "beverages", unit: "case" },
  { code: "BEV-005", name: "矿泉水 550ml Mineral water", category: "beverages", unit: "case" },
  { code: "BEV-006", name: "无糖咖啡 250ml Black coffee", category: "beverages", unit: "case" },
  { code: "SNK-001", name: "海苔脆片 Seaweed crisps", category: "snacks", unit: "carton" },
  { code: "SNK-002", name: "坚果混合 Mixed nuts", category: "snacks", unit: "carton" },
  { code: "SNK-003", name: "芝麻饼干 Sesame biscuits", category: "snacks", unit: "carton" },
  { code: "SNK-004", name: "牛肉干 Beef jerky", category: "snacks", unit: "carton" },
  { code: "DRY-001", name: "酸奶 200g Yoghurt", category: "dairy", unit: "tray" },
  { code: "DRY-002", name: "鲜牛奶 1L Fresh milk", category: "dairy", unit: "tray" },
];

/** Inserts the demo catalogue (one statement); returns how many products were written. */
export async function loadDemoProducts(em: EntityManager, products: readonly DemoProduct[] = DEMO_PRODUCTS): Promise<number> {
  const rows = await executeSql<{ id: string }>(
    em,
    `insert into product (code, name, category, unit) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[]) returning id`,
    [products.map((p) => p.code), products.map((p) => p.name), products.map((p) => p.category), products.map((p) => p.unit)],
  );
  return rows.length;
}
