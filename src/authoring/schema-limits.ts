// The bounds the JSON Schemas put on what `ebz new` writes, read from the schemas themselves, so a flag
// or an answer is refused by the very limits its file is later checked against.
import { schemas } from '../model/schemas.generated.js';

/** annual/YYYY.yaml `year`. */
export const YEAR_RANGE = { min: schemas.annual.properties.year.minimum, max: schemas.annual.properties.year.maximum };

/** A measure's `percent` in progress and annual files. */
export const PERCENT_RANGE = {
  min: schemas.progress.$defs.measureStatus.properties.percent.minimum,
  max: schemas.progress.$defs.measureStatus.properties.percent.maximum,
};

/** research.yaml: the fewest participants of a trip. */
export const PARTICIPANTS_MIN = schemas.research.properties.trips.items.properties.participants.minimum;
