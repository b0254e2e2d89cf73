using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyokykyBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PseudonymisePersonIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The data half needs the encryption key, so PersonIdBackfill runs it at start, right after
            // this: existing chats and recipients are encrypted and pseudonymised in place, hence renamed
            // columns rather than new ones. Down restores the schema only; the values stay protected.
            migrationBuilder.RenameColumn(
                name: "ConversationId",
                table: "CaseCards",
                newName: "ProtectedConversationId");

            migrationBuilder.RenameColumn(
                name: "RecipientAadObjectId",
                table: "CaseCards",
                newName: "RecipientKey");

            migrationBuilder.RenameIndex(
                name: "IX_CaseCards_CaseId_Purpose_RecipientAadObjectId",
                table: "CaseCards",
                newName: "IX_CaseCards_CaseId_Purpose_RecipientKey");

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "Outbox",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "CaseCards",
                type: "TEXT",
                maxLength: 600,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedRecipient",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ProtectedRecipient",
                table: "CaseCards");

            migrationBuilder.RenameColumn(
                name: "RecipientKey",
                table: "CaseCards",
                newName: "RecipientAadObjectId");

            migrationBuilder.RenameIndex(
                name: "IX_CaseCards_CaseId_Purpose_RecipientKey",
                table: "CaseCards",
                newName: "IX_CaseCards_CaseId_Purpose_RecipientAadObjectId");

            migrationBuilder.RenameColumn(
                name: "ProtectedConversationId",
                table: "CaseCards",
                newName: "ConversationId");
        }
    }
}
