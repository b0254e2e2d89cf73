using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyokykyBot.Data.Migrations.Postgres
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
                type: "character varying(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedConversationId",
                table: "CaseCards",
                type: "character varying(800)",
                maxLength: 800,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRecipient",
                table: "CaseCards",
                type: "character varying(600)",
                maxLength: 600,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Actor",
                table: "AuditLog",
                type: "character varying(600)",
                maxLength: 600,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(320)",
                oldMaxLength: 320);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedRecipient",
                table: "Outbox");

            migrationBuilder.AlterColumn<string>(
                name: "ProtectedConversationId",
                table: "CaseCards",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(800)",
                oldMaxLength: 800);

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

            migrationBuilder.AlterColumn<string>(
                name: "Actor",
                table: "AuditLog",
                type: "character varying(320)",
                maxLength: 320,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(600)",
                oldMaxLength: 600);
        }
    }
}
