module.exports = () => {
  process.env.TZ = "Pacific/Kiritimati";
};
