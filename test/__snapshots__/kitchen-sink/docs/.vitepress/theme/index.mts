/**
 * Generated from the Demo 1 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import DefaultTheme from 'vitepress/theme';
import './style.css';

export default DefaultTheme;
