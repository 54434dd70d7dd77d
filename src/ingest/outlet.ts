/**
 * Which outlet published an article: from its URL (seeing through aggregators such as
 * `baomoi.com/.../tuoitre.vn/...`) or from the dateline that opens its body (`TTO - `).
 */
import { fold } from '../text/fold.js';
import { AGGREGATOR_HOSTS, OUTLETS, type Outlet } from './lexicon/outlets.js';

const BY_HOST = new Map<string, string>();
const OUTLET_BY_HOST = new Map<string, Outlet>();
const BY_DATELINE = new Map<string, string>();
const BY_FOLDED_NAME = new Map<string, string>();
for (const o of OUTLETS) {
  for (const h of o.hosts) {
    BY_HOST.set(h, o.name);
    OUTLET_BY_HOST.set(h, o);
  }
  for (const d of o.datelines ?? []) BY_DATELINE.set(d.toLowerCase(), o.name);
  BY_FOLDED_NAME.set(fold(o.name).replace(/[^a-z0-9]/g, ''), o.name);
}

/** A known outlet's own spelling of its name (`Dân Trí`, `dan tri` → `Dân trí`); others as given. */
export function canonicalOutlet(name: string): string {
  const trimmed = name.trim();
  return BY_FOLDED_NAME.get(fold(trimmed).replace(/[^a-z0-9]/g, '')) ?? BY_DATELINE.get(trimmed.toLowerCase()) ?? trimmed;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The outlet a known host belongs to (subdomains included). */
function outletOfHost(host: string): string | undefined {
  let h = host;
  for (;;) {
    const name = BY_HOST.get(h);
    if (name) return name;
    const dot = h.indexOf('.');
    if (dot === -1 || h.indexOf('.', dot + 1) === -1) return undefined;
    h = h.slice(dot + 1);
  }
}

/** The known outlet of a host (`www.` and subdomains allowed), if any. */
export function outletByHost(host: string): Outlet | undefined {
  let h = host.toLowerCase().replace(/^www\./, '');
  for (;;) {
    const o = OUTLET_BY_HOST.get(h);
    if (o) return o;
    const dot = h.indexOf('.');
    if (dot === -1 || h.indexOf('.', dot + 1) === -1) return undefined;
    h = h.slice(dot + 1);
  }
}

/** Whether a host is an aggregator's (Báo Mới), which republishes other outlets' articles. */
export function isAggregatorHost(host: string): boolean {
  return AGGREGATOR_HOSTS.has(host.toLowerCase().replace(/^www\./, ''));
}

/** The outlet of a URL: a known outlet's name, the source host an aggregator URL names, else the host. */
export function outletFromUrl(url: string): { outlet: string; via?: string } | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  if (AGGREGATOR_HOSTS.has(host)) {
    // baomoi.com/.../tuoitre.vn/... names the outlet it republishes in its path
    const inner = /\/((?:[a-z0-9-]+\.)+(?:vn|com|net|org)(?:\.vn)?)(?:\/|$)/i.exec(new URL(url).pathname);
    if (inner) {
      const innerHost = inner[1]!.toLowerCase().replace(/^www\./, '');
      return { outlet: outletOfHost(innerHost) ?? innerHost, via: host };
    }
    return undefined; // the aggregator is not the outlet; leave it to the dateline
  }
  return { outlet: outletOfHost(host) ?? host };
}

// `TTO - `, `VOV.VN - `, `(Dân trí) - `, `(PLO)- `, `(NLĐO) – `: a short label then a dash, at the start.
const DATELINE = /^(?:\(([^()\n]{2,24})\)\s*[-–—]?|([\p{Lu}][\p{L}.+]{1,14}(?:\s[\p{Lu}][\p{L}.]*)?)\s*[-–—])\s*/u;

/**
 * A dateline at the start of a paragraph: its length and the outlet it names. A bracketed label
 * (`(Baonghean) -`) counts even when unknown; a bare one (`TTO -`) only when it is a known outlet's,
 * so that a place (`BRUSSELS -`) or the first words of a sentence are not taken for an outlet.
 */
export function datelineAt(paragraph: string): { length: number; outlet: string } | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m) return undefined;
  const label = (m[1] ?? m[2])!.trim();
  const known = BY_DATELINE.get(label.toLowerCase());
  if (m[1] !== undefined) {
    // `(Dân trí) - ` or `(Dân trí)` directly followed by the text
    if (!known && !/[-–—]\s*$/.test(m[0])) return undefined;
    if (!known && /\s/.test(label) && label.split(/\s+/).length > 3) return undefined;
    return { length: m[0].length, outlet: known ?? label };
  }
  if (!known) return undefined;
  return { length: m[0].length, outlet: known };
}
