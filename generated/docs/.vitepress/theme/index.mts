/**
 * Generated from the OneBot 11 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import DefaultTheme from 'vitepress/theme';
import './style.css';

export default DefaultTheme;
