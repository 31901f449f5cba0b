import { runCases } from './_harness.ts';

// Hash/encoding, SOUNDEX and split table functions: edge cases beyond the documented examples
// (those are conformance cases in test/conformance/cases/string.ts).
runCases('hash and encoding functions', [
  { name: 'hashes of a number hash its text', snowflake: 'SELECT MD5(1), SHA1_HEX(1)', rows: [['c4ca4238a0b923820dcc509a6f75849b', '356a192b7913b04c54574d18c28d46e6395428ab']] },
  { name: 'SHA2 with another digest size is not supported', snowflake: "SELECT SHA2('a', 512)", error: { errno: 2 } },
  { name: 'an odd number of hex digits is not a legal hex value', snowflake: "SELECT HEX_DECODE_STRING('ABC')", error: { message: 'not a legal hex-encoded value' } },
  { name: 'TRY_ forms give NULL for bad input', snowflake: "SELECT TRY_HEX_DECODE_STRING('ABC'), TRY_HEX_DECODE_BINARY('ZZ'), TRY_BASE64_DECODE_BINARY('!!'), TRY_TO_BINARY('ABC')", rows: [[null, null, null, null]] },
  { name: 'TO_BINARY of a BINARY is the same bytes', snowflake: "SELECT HEX_ENCODE(TO_BINARY(TO_BINARY('0A1B')))", rows: [['0A1B']] },
  { name: 'BASE64_ENCODE of a BINARY encodes its bytes', snowflake: "SELECT BASE64_ENCODE(TO_BINARY('AB'))", rows: [['qw==']] },
  { name: 'BIT_LENGTH counts UTF-8 bytes', snowflake: "SELECT BIT_LENGTH('é')", rows: [['16']] },
]);

runCases('SOUNDEX', [
  // American Soundex: H and W do not separate equal digits, vowels do.
  { name: 'H between equal digits', snowflake: "SELECT SOUNDEX('Ashcraft'), SOUNDEX('Tymczak'), SOUNDEX('Honeyman')", rows: [['A261', 'T522', 'H555']] },
  { name: 'short codes are padded with zeros', snowflake: "SELECT SOUNDEX('Lee'), SOUNDEX('x')", rows: [['L000', 'X000']] },
  { name: 'non-letters are skipped', snowflake: "SELECT SOUNDEX('O''Brien'), SOUNDEX('')", rows: [['O165', '']] },
]);

runCases('split table functions', [
  { name: 'SPLIT_TO_TABLE of NULL has no rows', snowflake: "SELECT * FROM TABLE(SPLIT_TO_TABLE(NULL, '.'))", rows: [] },
  { name: 'STRTOK_SPLIT_TO_TABLE skips empty tokens, default delimiter is a space', snowflake: "SELECT index, value FROM TABLE(STRTOK_SPLIT_TO_TABLE('a  b '))", rows: [['1', 'a'], ['2', 'b']] },
  { name: 'STRTOK_TO_ARRAY with no delimiters', snowflake: "SELECT STRTOK_TO_ARRAY('a b', ''), STRTOK_TO_ARRAY('', '')", rows: [['["a b"]', '[]']] },
]);
