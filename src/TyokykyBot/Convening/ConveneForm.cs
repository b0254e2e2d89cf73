using System.Text.Json;
using TyokykyBot.Cards;

namespace TyokykyBot.Convening;

public static class ConveneForm
{
    /// <summary>Reads the convene card's inputs from an Action.Execute's data; missing inputs are null.</summary>
    public static ConveneFormValues Read(JsonElement data) => new()
    {
        ConvenerRole = CardData.String(data, ConveneFields.ConvenerRole),
        Employee = CardData.String(data, ConveneFields.Employee),
        EmployeeText = CardData.String(data, ConveneFields.EmployeeText),
        Supervisor = CardData.String(data, ConveneFields.Supervisor),
        SupervisorText = CardData.String(data, ConveneFields.SupervisorText),
        OccupationalHealth = CardData.String(data, ConveneFields.OccupationalHealth),
        OhEmails = CardData.String(data, ConveneFields.OhEmails),
        Others = CardData.String(data, ConveneFields.Others),
        Kind = CardData.String(data, ConveneFields.Kind),
        WindowStart = CardData.String(data, ConveneFields.WindowStart),
        WindowEnd = CardData.String(data, ConveneFields.WindowEnd),
        Length = CardData.String(data, ConveneFields.Length),
        Mode = CardData.String(data, ConveneFields.Mode),
        Place = CardData.String(data, ConveneFields.Place),
    };
}
