using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyokykyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LocalCalendarEvents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    JoinUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProtectedData = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalCalendarEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalCalendarEvents_Organizer_Start",
                table: "LocalCalendarEvents",
                columns: new[] { "Organizer", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalCalendarEvents_TransactionId",
                table: "LocalCalendarEvents",
                column: "TransactionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalCalendarEvents");
        }
    }
}
