import type { Messages } from '../i18n.js';

/** Arabic labels. */
export const ar: Messages = {
  relatedContent: 'محتوى ذو صلة',
  live: 'مباشر',
  ended: 'انتهت',
  updated: 'تم التحديث',
  by: 'بقلم',
  close: 'إغلاق',
  enlargeImage: 'تكبير الصورة',
  pauseAnimation: 'إيقاف الحركة',
  playAnimation: 'تشغيل الحركة',
  newUpdates: {
    zero: 'لا تحديثات جديدة',
    one: 'تحديث جديد واحد',
    two: 'تحديثان جديدان',
    few: '{count} تحديثات جديدة',
    many: '{count} تحديثًا جديدًا',
    other: '{count} تحديث جديد',
  },
  source: 'المصدر',
  quoteSource: 'المصدر',
  quotes: ['\u201D', '\u201C', '\u2019', '\u2018'],
};
