/** A month, date, plan week or time zone that is not one; the message names the contract and the value received. */
export class CalendarError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "CalendarError";
  }
}
