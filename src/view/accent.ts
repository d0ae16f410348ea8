/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast of white text on a colour. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

const toHex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * The scenario's own colour for the interface's accents (the mediator's), and a deep shade of it that white text
 * reads on (at least 5:1) for primary buttons and focus rings: any colour an author picks stays legible.
 */
export function accentOf(colour: string): { accent: string; deep: string } {
  const rgb = [0, 1, 2].map((i) => Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16));
  let deep = colour;
  for (let k = 0; k <= 20 && contrastWithWhite(deep) < 5; k++)
    deep = `#${rgb.map((c) => toHex(c * (1 - k * 0.05))).join('')}`;
  return { accent: colour, deep };
}
