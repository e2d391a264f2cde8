/**
 * Generated identities for the dataset's clients, which have no names or
 * contact details. Every value derives from the client ID through a seeded
 * 32-bit hash, so the same ID yields the same person in every run and browser.
 * The CPF and CNPJ numbers have valid check digits but are random.
 */

export interface GeneratedIdentity {
  name: string;
  /** CPF, 11 digits without punctuation. */
  document: string;
  email: string;
  /** Brazilian mobile number in E.164 form, such as `+5511987654321`. */
  phone: string;
  address: { city: string; state: string };
  company: {
    name: string;
    /** CNPJ, 14 digits without punctuation. */
    document: string;
    role: string;
  };
}

const femaleFirstNames = [
  'Ana', 'Maria', 'Conceição', 'Júlia', 'Letícia', 'Fernanda', 'Beatriz', 'Camila', 'Lúcia',
  'Patrícia', 'Mônica', 'Helena', 'Cecília', 'Luíza', 'Gabriela', 'Raquel', 'Débora', 'Vitória',
  'Tânia', 'Simone', 'Aline', 'Bárbara', 'Cláudia', 'Sônia',
];

const maleFirstNames = [
  'João', 'José', 'Antônio', 'Luís', 'Paulo', 'Marcos', 'André', 'Sérgio', 'Fábio', 'Rafael',
  'Thiago', 'Vinícius', 'Márcio', 'Caio', 'Gustavo', 'Rogério', 'Otávio', 'Flávio', 'Pedro',
  'Lucas', 'Mateus', 'Henrique', 'Cássio', 'Ângelo',
];

const surnames = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Lima', 'Carvalho', 'Ferreira', 'Gomes',
  'Ribeiro', 'Almeida', 'Araújo', 'Gonçalves', 'Conceição', 'Magalhães', 'Simões', 'Brandão',
  'Falcão', 'Assunção', 'Guimarães', 'Monteiro', 'Cardoso', 'Teixeira', 'Barbosa', 'Rocha',
  'Mendonça', 'Nogueira', 'Brito', 'Macedo', 'Peixoto',
];

/** Cities with their state and mobile area code (DDD). */
const cities: Array<{ city: string; state: string; areaCode: string }> = [
  { city: 'São Paulo', state: 'SP', areaCode: '11' },
  { city: 'Campinas', state: 'SP', areaCode: '19' },
  { city: 'Santos', state: 'SP', areaCode: '13' },
  { city: 'Rio de Janeiro', state: 'RJ', areaCode: '21' },
  { city: 'Niterói', state: 'RJ', areaCode: '21' },
  { city: 'Belo Horizonte', state: 'MG', areaCode: '31' },
  { city: 'Uberlândia', state: 'MG', areaCode: '34' },
  { city: 'Curitiba', state: 'PR', areaCode: '41' },
  { city: 'Porto Alegre', state: 'RS', areaCode: '51' },
  { city: 'Florianópolis', state: 'SC', areaCode: '48' },
  { city: 'Salvador', state: 'BA', areaCode: '71' },
  { city: 'Recife', state: 'PE', areaCode: '81' },
  { city: 'Fortaleza', state: 'CE', areaCode: '85' },
  { city: 'Brasília', state: 'DF', areaCode: '61' },
  { city: 'Goiânia', state: 'GO', areaCode: '62' },
  { city: 'Belém', state: 'PA', areaCode: '91' },
];

const companyWords = [
  'Comércio', 'Engenharia', 'Transportes', 'Alimentos', 'Tecnologia', 'Construções',
  'Serviços Médicos', 'Educação', 'Logística', 'Confecções', 'Agropecuária', 'Contabilidade',
];

const companySuffixes = ['Ltda.', 'S.A.', 'ME', 'EIRELI'];

const roles = [
  'Analista financeiro', 'Gerente comercial', 'Assistente administrativo', 'Vendedor',
  'Engenheiro civil', 'Professor', 'Enfermeiro', 'Contador', 'Motorista', 'Técnico de suporte',
  'Desenvolvedor de software', 'Supervisor de produção', 'Recepcionista', 'Sócio-administrador',
];

/**
 * `example.com`, `.net` and `.org` are reserved for documentation (RFC 2606),
 * so the generated addresses never reach a real mailbox.
 */
const emailDomains = ['example.com', 'example.net', 'example.org'];

/**
 * Hashes `id` and `salt` to an unsigned 32-bit integer (a murmur3-style
 * finalizer over the two words), the same on every JavaScript engine.
 */
export function seededHash(id: number, salt: number): number {
  let h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A deterministic sequence of pseudo-random integers for one client. */
class IdentityRandom {
  private counter = 0;

  constructor(private readonly id: number) {}

  /** Returns the next integer from 0 to `bound - 1`. */
  next(bound: number): number {
    this.counter += 1;
    return seededHash(this.id, this.counter) % bound;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)];
  }

  digits(count: number): number[] {
    return Array.from({ length: count }, () => this.next(10));
  }
}

/** Generates the identity of the client with `id`; `sex` picks the first name list. */
export function generateIdentity(id: number, sex: 'female' | 'male'): GeneratedIdentity {
  const random = new IdentityRandom(id);
  const firstName = random.pick(sex === 'female' ? femaleFirstNames : maleFirstNames);
  const lastName = random.pick(surnames);
  const middleName = random.next(2) === 0 ? random.pick(surnames) : undefined;
  const name = [firstName, middleName !== lastName ? middleName : undefined, lastName]
    .filter(Boolean)
    .join(' ');

  const place = random.pick(cities);
  const emailUser = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${id}`;
  const email = `${emailUser}@${random.pick(emailDomains)}`;
  const phone = `+55${place.areaCode}9${random.digits(8).join('')}`;

  const companyName = `${random.pick(surnames)} ${random.pick(companyWords)} ${random.pick(companySuffixes)}`;
  return {
    name,
    document: generateCpf(random.digits(9)),
    email,
    phone,
    address: { city: place.city, state: place.state },
    company: { name: companyName, document: generateCnpj(random.digits(8)), role: random.pick(roles) },
  };
}

/**
 * Appends the two CPF check digits to 9 base digits. A base of nine equal
 * digits (such as 111111111) is not a valid CPF, so its last digit is changed.
 */
export function generateCpf(baseDigits: number[]): string {
  const base = [...baseDigits];
  if (base.every((digit) => digit === base[0])) base[8] = (base[8] + 1) % 10;
  const first = cpfCheckDigit(base);
  const second = cpfCheckDigit([...base, first]);
  return [...base, first, second].join('');
}

/** Computes a CPF check digit over 9 or 10 digits (weights count down to 2). */
export function cpfCheckDigit(digits: number[]): number {
  let sum = 0;
  const firstWeight = digits.length + 1;
  digits.forEach((digit, index) => {
    sum += digit * (firstWeight - index);
  });
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** True when `cpf` has 11 digits, not all equal, with valid check digits. */
export function isValidCpf(cpf: string): boolean {
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  const digits = [...cpf].map(Number);
  return (
    cpfCheckDigit(digits.slice(0, 9)) === digits[9] && cpfCheckDigit(digits.slice(0, 10)) === digits[10]
  );
}

/** Builds a head-office CNPJ (branch `0001`) from 8 root digits plus its two check digits. */
export function generateCnpj(rootDigits: number[]): string {
  const base = [...rootDigits, 0, 0, 0, 1];
  const first = cnpjCheckDigit(base);
  const second = cnpjCheckDigit([...base, first]);
  return [...base, first, second].join('');
}

/** Computes a CNPJ check digit over 12 or 13 digits (weights 2 to 9 from the right, repeating). */
export function cnpjCheckDigit(digits: number[]): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const weight = ((digits.length - 1 - index) % 8) + 2;
    sum += digits[index] * weight;
  }
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** True when `cnpj` has 14 digits, not all equal, with valid check digits. */
export function isValidCnpj(cnpj: string): boolean {
  if (!/^\d{14}$/.test(cnpj) || /^(\d)\1{13}$/.test(cnpj)) return false;
  const digits = [...cnpj].map(Number);
  return (
    cnpjCheckDigit(digits.slice(0, 12)) === digits[12] && cnpjCheckDigit(digits.slice(0, 13)) === digits[13]
  );
}

/** Lowercases `text` and removes accents and anything but letters and digits ("Conceição" -> "conceicao"). */
export function asciiSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = foldForSearch(text).replace(/[^a-z0-9]/g, '');
    slugCache.set(text, slug);
  }
  return slug;
}

/** Slugs of the few generated first names and surnames, which repeat across 30,000 clients. */
const slugCache = new Map<string, string>();

/** Lowercases `text` and removes diacritics, so "João" and "joao" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
