const { removeBuild } = require("./test-bundle");

module.exports = () => {
  if (process.env.PLAN_TRACKER_TEST_BUNDLE) removeBuild(process.env.PLAN_TRACKER_TEST_BUNDLE);
};
