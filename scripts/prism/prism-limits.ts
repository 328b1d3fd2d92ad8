/**
 * Operations whose requests the page builds correctly but that Prism 5.14 cannot take, with the reason; found with
 * `npm run prism:coverage` and kept out of the Prism integration test's sample.
 */
export const PRISM_LIMITS: Readonly<Record<string, string>> = {
  // Prism keeps only the last part of a repeated multipart name and never parses a JSON part, so array and object
  // multipart properties read as strings (stoplightio/prism#2654 is the open fix for repeated names).
  createTranscription:
    'Prism limitation: multipart arrays (languages, keywords, include) are sent as repeated parts, which Prism collapses to one string',
  createFile:
    'Prism limitation: the multipart object expires_after is sent as a JSON part, which Prism reads as a string',
  // The request passes validation; Prism then mocks the documented `Transfer-Encoding` response header as
  // `Transfer-Encoding: string` beside a Content-Length: malformed HTTP, which the gateway refuses to relay.
  createSpeech:
    'Prism bug: its 200 reply carries a mocked "Transfer-Encoding: string" beside Content-Length (malformed HTTP), so the gateway answers 502',
};
