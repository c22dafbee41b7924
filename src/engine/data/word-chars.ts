// The letters and digits of the Basic Multilingual Plane (Unicode categories L and N), as hexadecimal code-point
// ranges. fold() (text.ts) reads text with no character beyond the BMP with a class built from them, compiled
// without the u flag: a negated \p{L}\p{N} class compiled with it cost Chromium 5-10 ms on every page load, and
// about twice the time per character. Taken from Node's ICU: test/engine/word-chars.test.ts checks every code
// point against /[\p{L}\p{N}]/u and prints the list anew when Unicode adds letters.
export const BMP_WORD_RANGES =
  '0030-0039 0041-005a 0061-007a 00aa 00b2-00b3 00b5 00b9-00ba 00bc-00be 00c0-00d6 00d8-00f6 00f8-02c1 ' +
  '02c6-02d1 02e0-02e4 02ec 02ee 0370-0374 0376-0377 037a-037d 037f 0386 0388-038a 038c 038e-03a1 ' +
  '03a3-03f5 03f7-0481 048a-052f 0531-0556 0559 0560-0588 05d0-05ea 05ef-05f2 0620-064a 0660-0669 ' +
  '066e-066f 0671-06d3 06d5 06e5-06e6 06ee-06fc 06ff 0710 0712-072f 074d-07a5 07b1 07c0-07ea 07f4-07f5 ' +
  '07fa 0800-0815 081a 0824 0828 0840-0858 0860-086a 0870-0887 0889-088f 08a0-08c9 0904-0939 093d 0950 ' +
  '0958-0961 0966-096f 0971-0980 0985-098c 098f-0990 0993-09a8 09aa-09b0 09b2 09b6-09b9 09bd 09ce ' +
  '09dc-09dd 09df-09e1 09e6-09f1 09f4-09f9 09fc 0a05-0a0a 0a0f-0a10 0a13-0a28 0a2a-0a30 0a32-0a33 ' +
  '0a35-0a36 0a38-0a39 0a59-0a5c 0a5e 0a66-0a6f 0a72-0a74 0a85-0a8d 0a8f-0a91 0a93-0aa8 0aaa-0ab0 ' +
  '0ab2-0ab3 0ab5-0ab9 0abd 0ad0 0ae0-0ae1 0ae6-0aef 0af9 0b05-0b0c 0b0f-0b10 0b13-0b28 0b2a-0b30 ' +
  '0b32-0b33 0b35-0b39 0b3d 0b5c-0b5d 0b5f-0b61 0b66-0b6f 0b71-0b77 0b83 0b85-0b8a 0b8e-0b90 0b92-0b95 ' +
  '0b99-0b9a 0b9c 0b9e-0b9f 0ba3-0ba4 0ba8-0baa 0bae-0bb9 0bd0 0be6-0bf2 0c05-0c0c 0c0e-0c10 0c12-0c28 ' +
  '0c2a-0c39 0c3d 0c58-0c5a 0c5c-0c5d 0c60-0c61 0c66-0c6f 0c78-0c7e 0c80 0c85-0c8c 0c8e-0c90 0c92-0ca8 ' +
  '0caa-0cb3 0cb5-0cb9 0cbd 0cdc-0cde 0ce0-0ce1 0ce6-0cef 0cf1-0cf2 0d04-0d0c 0d0e-0d10 0d12-0d3a 0d3d ' +
  '0d4e 0d54-0d56 0d58-0d61 0d66-0d78 0d7a-0d7f 0d85-0d96 0d9a-0db1 0db3-0dbb 0dbd 0dc0-0dc6 0de6-0def ' +
  '0e01-0e30 0e32-0e33 0e40-0e46 0e50-0e59 0e81-0e82 0e84 0e86-0e8a 0e8c-0ea3 0ea5 0ea7-0eb0 0eb2-0eb3 ' +
  '0ebd 0ec0-0ec4 0ec6 0ed0-0ed9 0edc-0edf 0f00 0f20-0f33 0f40-0f47 0f49-0f6c 0f88-0f8c 1000-102a ' +
  '103f-1049 1050-1055 105a-105d 1061 1065-1066 106e-1070 1075-1081 108e 1090-1099 10a0-10c5 10c7 10cd ' +
  '10d0-10fa 10fc-1248 124a-124d 1250-1256 1258 125a-125d 1260-1288 128a-128d 1290-12b0 12b2-12b5 ' +
  '12b8-12be 12c0 12c2-12c5 12c8-12d6 12d8-1310 1312-1315 1318-135a 1369-137c 1380-138f 13a0-13f5 ' +
  '13f8-13fd 1401-166c 166f-167f 1681-169a 16a0-16ea 16ee-16f8 1700-1711 171f-1731 1740-1751 1760-176c ' +
  '176e-1770 1780-17b3 17d7 17dc 17e0-17e9 17f0-17f9 1810-1819 1820-1878 1880-1884 1887-18a8 18aa ' +
  '18b0-18f5 1900-191e 1946-196d 1970-1974 1980-19ab 19b0-19c9 19d0-19da 1a00-1a16 1a20-1a54 1a80-1a89 ' +
  '1a90-1a99 1aa7 1b05-1b33 1b45-1b4c 1b50-1b59 1b83-1ba0 1bae-1be5 1c00-1c23 1c40-1c49 1c4d-1c7d ' +
  '1c80-1c8a 1c90-1cba 1cbd-1cbf 1ce9-1cec 1cee-1cf3 1cf5-1cf6 1cfa 1d00-1dbf 1e00-1f15 1f18-1f1d ' +
  '1f20-1f45 1f48-1f4d 1f50-1f57 1f59 1f5b 1f5d 1f5f-1f7d 1f80-1fb4 1fb6-1fbc 1fbe 1fc2-1fc4 1fc6-1fcc ' +
  '1fd0-1fd3 1fd6-1fdb 1fe0-1fec 1ff2-1ff4 1ff6-1ffc 2070-2071 2074-2079 207f-2089 2090-209c 2102 2107 ' +
  '210a-2113 2115 2119-211d 2124 2126 2128 212a-212d 212f-2139 213c-213f 2145-2149 214e 2150-2189 ' +
  '2460-249b 24ea-24ff 2776-2793 2c00-2ce4 2ceb-2cee 2cf2-2cf3 2cfd 2d00-2d25 2d27 2d2d 2d30-2d67 2d6f ' +
  '2d80-2d96 2da0-2da6 2da8-2dae 2db0-2db6 2db8-2dbe 2dc0-2dc6 2dc8-2dce 2dd0-2dd6 2dd8-2dde 2e2f ' +
  '3005-3007 3021-3029 3031-3035 3038-303c 3041-3096 309d-309f 30a1-30fa 30fc-30ff 3105-312f 3131-318e ' +
  '3192-3195 31a0-31bf 31f0-31ff 3220-3229 3248-324f 3251-325f 3280-3289 32b1-32bf 3400-4dbf 4e00-a48c ' +
  'a4d0-a4fd a500-a60c a610-a62b a640-a66e a67f-a69d a6a0-a6ef a717-a71f a722-a788 a78b-a7dc a7f1-a801 ' +
  'a803-a805 a807-a80a a80c-a822 a830-a835 a840-a873 a882-a8b3 a8d0-a8d9 a8f2-a8f7 a8fb a8fd-a8fe ' +
  'a900-a925 a930-a946 a960-a97c a984-a9b2 a9cf-a9d9 a9e0-a9e4 a9e6-a9fe aa00-aa28 aa40-aa42 aa44-aa4b ' +
  'aa50-aa59 aa60-aa76 aa7a aa7e-aaaf aab1 aab5-aab6 aab9-aabd aac0 aac2 aadb-aadd aae0-aaea aaf2-aaf4 ' +
  'ab01-ab06 ab09-ab0e ab11-ab16 ab20-ab26 ab28-ab2e ab30-ab5a ab5c-ab69 ab70-abe2 abf0-abf9 ac00-d7a3 ' +
  'd7b0-d7c6 d7cb-d7fb f900-fa6d fa70-fad9 fb00-fb06 fb13-fb17 fb1d fb1f-fb28 fb2a-fb36 fb38-fb3c fb3e ' +
  'fb40-fb41 fb43-fb44 fb46-fbb1 fbd3-fd3d fd50-fd8f fd92-fdc7 fdf0-fdfb fe70-fe74 fe76-fefc ff10-ff19 ' +
  'ff21-ff3a ff41-ff5a ff66-ffbe ffc2-ffc7 ffca-ffcf ffd2-ffd7 ffda-ffdc';
