/** An error the LRS answers with: an HTTP status and a message (plus validation issues). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message)
    this.name = 'HttpError'
  }
}
