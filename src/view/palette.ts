/** Colours shared by the canvas and the stylesheet (see styles.css for the same tokens). */
export const PALETTE = {
  deskDark: 0x16130f,
  desk: 0x2a241d,
  deskLight: 0x3a3128,
  paper: 0xefe7d6,
  ink: 0x2a2620,
  unBlue: 0x5b92e5,
  redLine: 0x8e2f2a,
} as const;
