/**
 * Very frequent function words, used to tell a Vietnamese article from one in another language.
 * Lower case, NFC, traditional tone placement.
 */
export const VIETNAMESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('và của là các những được trong có cho với không đã này một người khi để từ đến về theo cũng sẽ nhưng ' +
    'như tại thì vì ra năm ông bà đó còn nhiều lại đang rằng sau hơn nên bị đi làm nhà nước mới hai ' +
    'trên cùng vào qua nói việc cả chỉ thể rất tôi chúng họ mà hay nếu phải vẫn đều ngày tháng')
    .split(' '),
);

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the of and to in is that for it with as was on be by at this are from or an have has had not but ' +
    'they he she his her which were been their will would said who its more than also one after about')
    .split(' '),
);

export const FRENCH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'le la les de des du et en un une est que qui dans pour pas sur au avec ce il elle sont par plus'.split(' '),
);
