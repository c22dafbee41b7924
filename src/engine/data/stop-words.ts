// Words that say nothing about which event a headline is about; dropped before comparing headlines.
// Reporting verbs ("says", "told") are here because every outlet picks a different one.
export const STOP_WORDS: readonly string[] = (
  'a about above after again against all almost also am among an and any are as at be because been before ' +
  'being below between both but by can could did do does doing down during each either else ever every ' +
  'few for from further had has have having he her here hers herself him himself his how however i if in ' +
  'into is it its itself just least less let like may me might more most much must my myself near no nor ' +
  'not now of off on once only or other others our ours out over own per rather same shall she should since ' +
  'so some still such than that the their theirs them themselves then there these they this those though ' +
  'through to too under until up upon us very via was we were what when where whether which while who whom ' +
  'whose why will with within without would yet you your yours ' +
  'says say said saying tells tell told telling claims claim reports report reportedly according ' +
  'new news latest update live watch video photos pictures exclusive breaking ' +
  'der die das den dem des ein eine einer einem einen eines und oder aber auch als am an auf aus bei bis ' +
  'durch für gegen im in ins ist sind war waren wird werden wurde wurden hat haben hatte mit nach nicht noch ' +
  'nur über um unter vom von vor zu zum zur sich sie er es wir ihr ich so wie was wer wo dass '
)
  .trim()
  .split(/\s+/);
