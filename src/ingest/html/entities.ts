/**
 * HTML character references left in metadata text: pages put them in `og:title` and JSON-LD
 * (`Ch&#237;nh s&#225;ch`), sometimes encoded twice (`Chi&amp;#7871;n s&amp;#7921;`), which the
 * parser decodes only once. Decoded until nothing changes (at most three rounds).
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…', laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©',
  reg: '®', trade: '™', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', ecirc: 'ê', iacute: 'í',
  igrave: 'ì', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', uacute: 'ú', ugrave: 'ù', yacute: 'ý', ccedil: 'ç',
  uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó',
};

const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function decodeOnce(s: string): string {
  return s.replace(REF, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    return NAMED[name!] ?? whole;
  });
}

/** Text with its character references decoded, twice-encoded ones included. */
export function decodeEntities(s: string): string {
  let out = s;
  for (let k = 0; k < 3 && out.includes('&'); k++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
