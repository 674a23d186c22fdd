/** A style attribute as a property → value map; read as text because the CSSOM drops `mso-*`. */
export function parseStyle(style: string | null): Map<string, string> {
  const result = new Map<string, string>();
  for (const declaration of (style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name) result.set(name, value);
  }
  return result;
}

const BOLD_WEIGHT = /^(bold|bolder|[6-9]00)$/;
const NORMAL_WEIGHT = /^(normal|lighter|[1-4]00)$/;

export interface StyleMarks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
}

/** The formatting a style attribute expresses that notes keep as marks: Google Docs only says bold this way. */
export function marksFromStyle(style: Map<string, string>): StyleMarks {
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  return {
    bold: BOLD_WEIGHT.test(style.get('font-weight') ?? ''),
    italic: /^(italic|oblique)/.test(style.get('font-style') ?? ''),
    underline: decoration.includes('underline'),
    strike: decoration.includes('line-through'),
  };
}

/**
 * A `<b>`/`<strong>` whose own style says "not bold". Google Docs wraps every copied fragment in
 * `<b style="font-weight:normal" id="docs-internal-guid-…">`; once styles are stripped, that
 * wrapper would make the whole paste bold.
 */
export const isNotReallyBold = (style: Map<string, string>): boolean =>
  NORMAL_WEIGHT.test(style.get('font-weight') ?? '');

export const isNotReallyItalic = (style: Map<string, string>): boolean => style.get('font-style') === 'normal';
