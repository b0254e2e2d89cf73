using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyokykyBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseEmployeeKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmployeeKey",
                table: "Cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EmployeeKey_State",
                table: "Cases",
                columns: new[] { "EmployeeKey", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_EmployeeKey_State",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EmployeeKey",
                table: "Cases");
        }
    }
}
