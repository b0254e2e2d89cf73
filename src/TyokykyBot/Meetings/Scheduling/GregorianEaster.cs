namespace TyokykyBot.Meetings.Scheduling;

/// <summary>Easter Sunday by the Gregorian computus, the reckoning the Finnish church calendar follows.</summary>
public static class GregorianEaster
{
    /// <remarks>
    /// The anonymous Gregorian algorithm (Meeus, <i>Astronomical Algorithms</i>, ch. 8); the letters
    /// are its own so the steps can be checked against the published table.
    /// </remarks>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        // h: days from 21 March to the paschal full moon; l: days from there to the next Sunday.
        var h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        // m moves the two exceptional cases that would land after 25 April back by a week.
        var m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(year, 3, 22).AddDays(h + l - 7 * m);
    }
}
