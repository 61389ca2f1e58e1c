import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';

import type { TemplateSpec } from './template-catalogue';

/** Values for a template: text placeholders, and booleans for sections. */
export type TemplateData = Record<string, string | boolean>;

/** One paragraph of a rendered document, for the PDF: its text, and a page break before it. */
export interface RenderedParagraph {
  text: string;
  bold: boolean;
  centred: boolean;
  pageBreakBefore: boolean;
}

function open(file: Buffer, modules: unknown[] = []): Docxtemplater {
  const zip = new PizZip(file);
  if (!zip.file('word/document.xml')) throw new Error('no word/document.xml part');
  return new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: true,
    // A refused upload is answered with its problem; docxtemplater must not also log it.
    errorLogging: false,
    modules: modules as Docxtemplater.DXT.Module[],
  });
}

/**
 * What is wrong with an uploaded template for `spec`, one sentence per problem (empty when it is
 * fine): not a DOCX, a placeholder docxtemplater cannot read, an unknown placeholder, a required
 * one missing, or the respondent's name outside its section.
 */
export function templateProblems(spec: TemplateSpec, file: Buffer): string[] {
  const inspect = new InspectModule();
  try {
    new PizZip(file);
  } catch {
    return ['is not a valid DOCX file'];
  }
  try {
    open(file, [inspect]);
  } catch (err) {
    return [templateErrorText(err)];
  }
  const tags = inspect.getAllTags() as Record<string, Record<string, unknown>>;
  const problems: string[] = [];
  const used = new Set<string>();
  for (const [name, inner] of Object.entries(tags)) {
    used.add(name);
    const section = spec.sections[name];
    const allowedTop = spec.allowed.includes(name) || section !== undefined;
    if (!allowedTop) {
      const onlyIn = Object.entries(spec.sections).find(([, names]) => names.includes(name));
      problems.push(
        onlyIn
          ? `uses placeholder {${name}} outside its section {#${onlyIn[0]}}…{/${onlyIn[0]}}`
          : `uses unknown placeholder {${name}}`,
      );
    }
    for (const child of Object.keys(inner)) {
      used.add(child);
      if (!(section ?? []).includes(child) && !spec.allowed.includes(child)) {
        problems.push(`uses unknown placeholder {${child}} inside {#${name}}`);
      }
    }
  }
  for (const name of spec.required) {
    if (!used.has(name)) problems.push(`is missing required placeholder {${name}}`);
  }
  return problems;
}

function templateErrorText(err: unknown): string {
  const errors = (
    err as { properties?: { errors?: Array<{ properties?: { explanation?: string } }> } }
  ).properties?.errors;
  const first = errors?.[0]?.properties?.explanation;
  if (first) return `has a placeholder that cannot be read: ${first}`;
  return 'is not a valid DOCX file';
}

/** Fills a template; a placeholder without a value renders empty, never 'undefined'. */
export function renderDocx(file: Buffer, data: TemplateData): Buffer {
  const doc = new Docxtemplater(new PizZip(file), {
    paragraphLoop: true,
    linebreaks: true,
    errorLogging: false,
    nullGetter: () => '',
  });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
const TEXT = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:br w:type="textWrapping"\/>|<w:tab\/>/g;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The paragraphs of a rendered DOCX's main part, in order, for laying the same text out as a PDF
 * (an organisation's own wording flows into both). A page break run starts a new page.
 */
export function docxParagraphs(file: Buffer): RenderedParagraph[] {
  const xml = new PizZip(file).file('word/document.xml')?.asText() ?? '';
  const out: RenderedParagraph[] = [];
  let pageBreak = false;
  for (const [p] of xml.matchAll(PARAGRAPH)) {
    const breaks = p.includes('w:type="page"');
    let text = '';
    for (const m of p.matchAll(TEXT)) {
      if (m[1] !== undefined) text += unescapeXml(m[1]);
      else if (m[0].startsWith('<w:tab')) text += '\t';
      else text += '\n';
    }
    if (breaks) pageBreak = true;
    if (breaks && text.trim() === '') continue;
    out.push({
      text,
      bold: /<w:b\/>|<w:b w:val="(?:1|true)"\/>/.test(p),
      centred: /<w:jc w:val="center"\/>/.test(p),
      pageBreakBefore: pageBreak,
    });
    pageBreak = false;
  }
  return out;
}
