import type { Messages } from '../i18n.js';

/** Korean labels. */
export const ko: Messages = {
  relatedContent: '관련 콘텐츠',
  live: '라이브',
  ended: '종료',
  updated: '업데이트',
  by: '글',
  close: '닫기',
  enlargeImage: '이미지 확대',
  pauseAnimation: '애니메이션 일시정지',
  playAnimation: '애니메이션 재생',
  newUpdates: { other: '새 업데이트 {count}건' },
  source: '출처',
  quoteSource: '출처',
  quotes: ['\u201C', '\u201D', '\u2018', '\u2019'],
};
