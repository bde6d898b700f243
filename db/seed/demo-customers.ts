import { count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, picklistItems } from "@/db/schema";
import { createCustomer } from "@/lib/customers/create-customer";
import { addNote } from "@/lib/notes/add-note";
import { loadOrgContext } from "@/lib/orgs/load-org-context";

// Deterministic so every fresh demo looks the same (mulberry32).
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TR = {
  places: [
    "Anadolu",
    "Marmara",
    "Ege",
    "Karadeniz",
    "Boğaziçi",
    "Yıldız",
    "Işık",
    "Doğan",
    "Çelik",
    "Şahin",
    "Güneş",
    "Akdeniz",
    "Kartal",
    "İstanbul",
    "İzmir",
    "Bursa",
    "Konya",
    "Çukurova",
    "Ilgaz",
    "Uludağ",
  ],
  trades: ["Bilişim", "Elektrik", "Güvenlik Sistemleri", "Mühendislik", "Otomasyon", "Yapı", "Teknoloji", "Soğutma", "Enerji", "Medikal"],
  forms: ["A.Ş.", "Ltd. Şti."],
  first: ["Ayşe", "Mehmet", "Fatma", "Ali", "Zeynep", "Mustafa", "Elif", "Hüseyin", "Emine", "İbrahim", "Şule", "Gökhan", "Özge", "Çağrı", "Ilgın"],
  last: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Işık", "Güneş", "Erdoğan"],
  regions: ["marmara", "ege", "ic-anadolu", "karadeniz"],
  phone: (r: () => number) =>
    `+90 5${30 + Math.floor(r() * 9)} ${100 + Math.floor(r() * 899)} ${10 + Math.floor(r() * 89)} ${10 + Math.floor(r() * 89)}`,
  domain: "com.tr",
};
const RO = {
  places: [
    "Carpați",
    "Dacia",
    "Transilvania",
    "Mureș",
    "Someș",
    "Timiș",
    "Banat",
    "Ardeal",
    "Crișana",
    "Dobrogea",
    "Olt",
    "Argeș",
    "Țara Bârsei",
    "Bucegi",
  ],
  trades: ["Tehnic", "Construcții", "Securitate", "Energie", "Instalații", "Software", "Medical", "Logistică"],
  forms: ["SRL", "SA"],
  first: ["Andrei", "Ioana", "Mihai", "Elena", "Ștefan", "Maria", "Alexandru", "Ana", "Radu", "Cristina", "Tudor", "Oana"],
  last: ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Țurcanu", "Munteanu", "Rădulescu"],
  regions: ["bucuresti", "cluj", "timis"],
  phone: (r: () => number) => `+40 7${20 + Math.floor(r() * 9)} ${100 + Math.floor(r() * 899)} ${100 + Math.floor(r() * 899)}`,
  domain: "ro",
};
const REGIONS = [
  { key: "marmara", labels: { en: "Marmara", tr: "Marmara", ro: "Marmara" } },
  { key: "ege", labels: { en: "Aegean", tr: "Ege", ro: "Egee" } },
  { key: "ic-anadolu", labels: { en: "Central Anatolia", tr: "İç Anadolu", ro: "Anatolia Centrală" } },
  { key: "karadeniz", labels: { en: "Black Sea", tr: "Karadeniz", ro: "Marea Neagră" } },
  { key: "bucuresti", labels: { en: "Bucharest", tr: "Bükreş", ro: "București" } },
  { key: "cluj", labels: { en: "Cluj", tr: "Kluj", ro: "Cluj" } },
  { key: "timis", labels: { en: "Timiș", tr: "Timiş", ro: "Timiș" } },
];
const TAGS = [
  { key: "vip", labels: { en: "VIP", tr: "VIP", ro: "VIP" } },
  { key: "maintenance-contract", labels: { en: "Maintenance contract", tr: "Bakım sözleşmeli", ro: "Contract de mentenanță" } },
  { key: "pays-late", labels: { en: "Pays late", tr: "Geç ödüyor", ro: "Plătește cu întârziere" } },
  { key: "public-sector", labels: { en: "Public sector", tr: "Kamu", ro: "Sector public" } },
];
const TYPES = ["customer", "customer", "customer", "dealer", "main_dealer", "distributor"] as const;
const STATUSES = ["first_contact", "in_talks", "potential", "active", "active", "active"] as const;
const NOTES = [
  "Yıllık bakım sözleşmesi için teklif istedi.",
  "Kamera sistemi kurulumu için keşif randevusu ayarlandı.",
  "Fatura adresi değişti, muhasebeye bilgi verildi.",
  "A solicitat o ofertă pentru contractul anual de mentenanță.",
  "Clientul a confirmat vizita tehnicianului pentru joi.",
  "Called about the delayed spare parts; promised an update by Friday.",
];

const slugify = (s: string) =>
  s
    .toLocaleLowerCase("tr")
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "");

/** ~200 Turkish and Romanian customers with contacts, notes and history, created through the verbs. */
export async function seedDemoCustomers(adminUserId: string, orgSlug: string, repIds: string[], total = 200) {
  const ctx = await loadOrgContext(adminUserId, orgSlug);
  const [existing] = await db.select({ n: count() }).from(customers).where(eq(customers.orgId, ctx.org.id));
  if ((existing?.n ?? 0) > 0) return 0;
  const items = await db
    .insert(picklistItems)
    .values([
      ...REGIONS.map((r, position) => ({ orgId: ctx.org.id, list: "region", key: r.key, labels: r.labels, position })),
      ...TAGS.map((r, position) => ({ orgId: ctx.org.id, list: "tag", key: r.key, labels: r.labels, position })),
    ])
    .onConflictDoNothing()
    .returning({ id: picklistItems.id, key: picklistItems.key, list: picklistItems.list });
  const regionId = new Map(items.filter((r) => r.list === "region").map((r) => [r.key, r.id]));
  const tagIds = items.filter((r) => r.list === "tag").map((r) => r.id);
  const r = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const used = new Set<string>();
  for (let i = 0; i < total; i++) {
    const land = i % 3 === 2 ? RO : TR;
    let name = "";
    do name = `${pick(land.places)} ${pick(land.trades)} ${pick(land.forms)}`;
    while (used.has(name));
    used.add(name);
    const person = `${pick(land.first)} ${pick(land.last)}`;
    const domain = `${slugify(name.split(" ")[0]!)}${slugify(name.split(" ")[1]!)}.${land.domain}`;
    const { id } = await createCustomer(ctx, {
      name,
      accountCode: `${land === TR ? "TR" : "RO"}-${String(1001 + i)}`,
      type: pick(TYPES),
      status: pick(STATUSES),
      regionId: regionId.get(pick(land.regions)) ?? null,
      email: `info@${domain}`,
      phone: land.phone(r),
      website: `www.${domain}`,
      salesRepId: pick(repIds),
      supportRepId: pick(repIds),
      // About one customer in three carries a tag, a few carry two.
      tagIds: r() < 0.35 ? [...new Set([pick(tagIds), ...(r() < 0.2 ? [pick(tagIds)] : [])])] : [],
      contact: {
        name: person,
        email: `${slugify(person.split(" ")[0]!)}@${domain}`,
        phone: land.phone(r),
        preferredMethod: pick(["email", "phone", "whatsapp"] as const),
      },
    });
    if (i % 3 === 0) await addNote(ctx, { customerId: id, body: pick(NOTES) });
  }
  return total;
}
