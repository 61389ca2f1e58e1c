import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX's text page by page, read with a real XML parser from word/document.xml. */
export interface DocxText {
  pages: string[];
  text: string;
}

/**
 * Reads a downloaded DOCX back: paragraphs in order, a page break (`<w:br w:type="page"/>`)
 * starting a new page. Nothing here trusts the writer: it is the zip and the XML as stored.
 */
export function readDocx(file: Buffer): DocxText {
  const xml = new PizZip(file).file('word/document.xml')?.asText();
  if (!xml) throw new Error('not a DOCX: no word/document.xml');
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const pages: string[][] = [[]];
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs.item(i);
    if (!p) continue;
    let text = '';
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const el = child as Element;
        if (el.namespaceURI === W && el.localName === 't') text += el.textContent ?? '';
        else if (el.namespaceURI === W && el.localName === 'br') {
          if (el.getAttributeNS(W, 'type') === 'page') pages.push([]);
          else text += '\n';
        } else walk(child);
      }
    };
    walk(p);
    pages.at(-1)?.push(text);
  }
  const joined = pages.map((lines) => lines.join('\n'));
  return { pages: joined, text: joined.join('\n') };
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** 'YYYY-MM-DD' as an English letter writes it: 'December 5, 2026'. */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${EN_MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** 'YYYY-MM-DD' as a Spanish letter writes it: '5 de diciembre de 2026'. */
export function spanishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} de ${ES_MONTHS[(m ?? 1) - 1]} de ${y}`;
}
