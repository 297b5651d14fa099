import { defineElement } from '../../internal/define.js';
import { LedeCaptionedImage } from './captioned-image.js';

defineElement('lede-captioned-image', LedeCaptionedImage);

export { LedeCaptionedImage };
