/**
 * Dates are calendar dates: every test runs in a time zone far from UTC, so any accidental Date
 * arithmetic shows as a day off. (jest's global setup: workers inherit the environment.)
 */
module.exports = () => {
  process.env.TZ = "Pacific/Kiritimati";
};
