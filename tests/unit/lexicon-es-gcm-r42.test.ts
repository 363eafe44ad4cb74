// Round 42: Spanish wording of objectives 14 (consular help) and 15 (basic services whatever the
// migratory status), and rescue / non-return wording for migrant-rights-protection. The look-alikes
// use the same words with no migration in sight and must stay untagged.
import { describe, expect, it } from "vitest";
import { ids, relevant, themes } from "./tag-helpers";

const gcm = (text: string) => ids(text, "gcm");

describe("es objectives 14 and 15, rights wording (round 42)", () => {
  it("finds objective 15 in basic-services wording", () => {
    expect(
      gcm(
        "Los trabajadores migrantes y sus familias, cualquiera sea su condición migratoria, podrán matricular a sus hijos en la escuela pública y recibir atención gratuita en la red pública de salud.",
      ),
    ).toContain("gcm-15");
  });
  it("finds objective 14 in consular wording", () => {
    expect(
      gcm(
        "Los consulados prestarán asistencia a los connacionales emigrados que hayan sido detenidos y actualizarán el registro consular de los migrantes ecuatorianos.",
      ),
    ).toContain("gcm-14");
  });
  it("finds migrant-rights-protection in rescue wording", () => {
    expect(
      themes(
        "Las personas migrantes rescatadas en el mar serán desembarcadas en un puerto seguro y los barcos que las auxilien no sean sancionados.",
      ),
    ).toContain("migrant-rights-protection");
  });
  it.each([
    "El hospital ofrece atención gratuita en la red pública de salud a todos los vecinos del cantón mayores de sesenta años.",
    "Los padres podrán matricular a sus hijos en la escuela hasta el viernes; la matrícula escolar es gratuita y no exige tarjeta sanitaria.",
    "El consulado de Italia en Quito permanecerá cerrado el lunes por el feriado nacional; el registro consular reabrirá el martes.",
    "Los bomberos rescataron a cuatro pescadores; las personas rescatadas en el mar fueron trasladadas al hospital de Manta.",
    "La encomienda devuelta a un territorio insular tardará dos semanas más en llegar a su destino.",
  ])("leaves look-alike untagged: %s", (text) => {
    expect(relevant(text)).toBe(false);
    expect(gcm(text)).toEqual([]);
  });
});
