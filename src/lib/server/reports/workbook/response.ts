// The HTTP response of a workbook, CSV or calendar download: private, not cached, not sniffed,
// with both file names (RFC 6266). Kept apart from load.ts, which the CLI uses without HTTP.
export function downloadResponse(
	download: { body: Uint8Array; disposition: string },
	contentType: string
): Response {
	return new Response(new Uint8Array(download.body), {
		headers: {
			'content-type': contentType,
			'content-length': String(download.body.length),
			'content-disposition': download.disposition,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
