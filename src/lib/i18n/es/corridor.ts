/** Cadenas de la vista de flujos de dinero y de la vista de corredor. Claves con el prefijo 'corridor.'. */
import en from '../en/corridor';
import { englishColumns } from '../columns';

// Nombres de columna de la tabla y del CSV: los del inglés, estables y legibles por máquina, en todos los idiomas.
const columns = englishColumns(en, 'corridor.col.');

export default {
  ...columns,
  // ---- el dinero que vuelve (matriz bilateral de remesas como Sankey)
  'corridor.flows.title': 'El dinero que vuelve a casa',
  'corridor.flows.source': 'KNOMAD / Banco Mundial, matriz bilateral de remesas {year} (estimaciones de modelo, US$)',
  'corridor.flows.matrixYear': 'matriz {year}',
  'corridor.flows.estimates': 'estimaciones de modelo (Banco Mundial/KNOMAD), US$',
  'corridor.flows.yearLabel': 'Año de la matriz',
  'corridor.flows.notBundled': 'La matriz bilateral de remesas {year} no está incluida en esta versión.',
  'corridor.flows.noData': 'No hay estimaciones de remesas para esta selección.',
  'corridor.flows.selectionIn': 'enviadas por los migrantes que viven en {names}',
  'corridor.flows.selectionOut': 'recibidas por {names} desde donde viven sus emigrantes',
  'corridor.flows.senders': 'Países de envío (donde viven los migrantes)',
  'corridor.flows.receivers': 'Países de recepción (país de origen)',
  'corridor.flows.received': 'Recibe {value} (estimación)',
  'corridor.flows.sent': 'Envía {value} (estimación)',
  'corridor.flows.shareOfReceived': '{pct} de todo lo que recibe ({total})',
  'corridor.flows.shareOfSent': '{pct} de todo lo que envía ({total})',
  'corridor.flows.linkValue': '{value} enviados (estimación)',
  'corridor.flows.shareOfSenders': '{pct} de lo que envía {name}',
  'corridor.flows.shareOfReceivers': '{pct} de lo que recibe {name}',
  'corridor.flows.openCorridor': 'Haga clic o pulse Intro para abrir este corredor',
  'corridor.flows.nodeReceiver': '{name} recibe {value}',
  'corridor.flows.nodeSender': '{name} envía {value}',
  'corridor.flows.linkLabel': '{title}: {value} enviados en {year} (estimación de modelo)',
  'corridor.flows.chartLabel':
    'Diagrama de Sankey: {total} en remesas ({year}, estimaciones de modelo) desde donde viven los migrantes, a la izquierda, hacia sus países de origen, a la derecha.',
  'corridor.flows.keyboardHelp':
    'Las flechas recorren países de envío, países de recepción y los flujos entre ellos; Intro o Espacio selecciona un país, despliega un grupo o abre un corredor; Escape desfija o vuelve atrás.',
  'corridor.flows.noteMatrix': 'La matriz {year} suma {total}: estimaciones de modelo de quién envía a quién.',
  'corridor.flows.noteWdi':
    'Para comparar, remesas personales recibidas por el mundo en {year} según los WDI: {value} (balanza de pagos; la matriz equivale al {pct}).',
  'corridor.flows.noteNoWdi': 'Los WDI no dan un total mundial de remesas personales recibidas para {year}.',
  'corridor.flows.noteCountry': '{name}: {matrix} recibidos según la matriz, {wdi} según los WDI.',
  'corridor.flows.noteCountryNoWdi': '{name}: {matrix} recibidos según la matriz; sin valor de los WDI ese año.',
  'corridor.flows.noteNeverMixed': 'Son dos medidas distintas y nunca se suman.',

  // ---- la vista de corredor
  'corridor.title': 'Un corredor, de punta a punta',
  'corridor.titlePair': '{origin} → {destination}: un corredor, de punta a punta',
  'corridor.subtitle': 'Personas nacidas en {origin} que viven en {destination}; el dinero que envían de vuelta; su costo; los tratados',
  'corridor.subtitleDefault':
    'El mayor corredor de la selección actual: personas nacidas en {origin} que viven en {destination}. Elija otro par o haga clic en un enlace de un Sankey.',
  'corridor.source':
    'DAES ONU IMS 2024; matrices bilaterales de remesas KNOMAD / Banco Mundial y WDI; Banco Mundial, Remittance Prices Worldwide; Colección de Tratados de la ONU y OIT (compilado por Corridors)',
  'corridor.note':
    'Los flujos de remesas son estimaciones de modelo, no observaciones; las comisiones perdidas son una estimación (flujo × costo medio de enviar 200 USD). Cada parte cita su fuente.',
  'corridor.pick.origin': 'Nacido en (origen)',
  'corridor.pick.destination': 'Que vive en (destino)',
  'corridor.pick.swap': 'Intercambiar origen y destino',
  'corridor.people.title': 'Las personas',
  'corridor.people.migrants': 'personas nacidas en {origin} viven en {destination} ({year})',
  'corridor.people.shareOrigin': 'de todas las personas nacidas en {origin} que viven en el extranjero',
  'corridor.people.shareDestination': 'de todos los inmigrantes en {destination}',
  'corridor.people.rank': 'Puesto {rank} de {n} países de origen de los inmigrantes en {destination}',
  'corridor.people.noRank': 'No figura entre los países de origen conocidos de los inmigrantes en {destination}',
  'corridor.people.reverse': 'En sentido contrario: {value} personas nacidas en {destination} viven en {origin}',
  'corridor.people.chart': 'Gráfico de líneas: personas nacidas en {origin} que viven en {destination}, 1990–2024, ambos sexos, hombres y mujeres',
  'corridor.people.y': 'Migrantes (personas)',
  'corridor.people.tip': '{sex}, {year}: {value} migrantes',
  'corridor.money.title': 'El dinero que vuelve',
  'corridor.money.caption': 'Estimaciones bilaterales de remesas en ambos sentidos, por migrante, y total WDI del país de origen',
  'corridor.money.year': 'Año de la matriz',
  'corridor.money.toOrigin': '{destination} → {origin}',
  'corridor.money.toDestination': '{origin} → {destination}',
  'corridor.money.perMigrant': 'Por migrante',
  'corridor.money.perMigrantValue': '{value} (migrantes {year})',
  'corridor.money.wdi': 'Total recibido por {origin} (WDI)',
  'corridor.money.noCell': 'sin estimación',
  'corridor.money.estimates':
    'Los flujos bilaterales son estimaciones de modelo (Banco Mundial/KNOMAD), en US$; el total WDI es de balanza de pagos y se muestra solo como contexto.',
  'corridor.cost.title': 'Costo de enviar 200 USD de {destination} a {origin}',
  'corridor.cost.latest': 'Costo total medio {cost} en {quarter}: puesto {rank} de {n} corredores relevados ese trimestre (1 = el más barato).',
  'corridor.cost.noUsable': 'Relevado, pero ningún trimestre tiene un promedio utilizable.',
  'corridor.cost.chart': 'Gráfico de líneas: costo total medio de enviar 200 USD de {destination} a {origin}, cada trimestre relevado',
  'corridor.cost.y': 'Costo total medio (%)',
  'corridor.cost.average': 'Promedio del corredor',
  'corridor.cost.tip': '{series}, {quarter}: {cost}',
  'corridor.cost.lines': 'Líneas discontinuas: {g8} (meta del G8/G20) y {sdg} (meta 10.c de los ODS).',
  'corridor.cost.notPriced': 'Remittance Prices Worldwide nunca ha relevado el costo de enviar dinero de {destination} a {origin}.',
  'corridor.cost.alternatives': 'Corredores relevados más cercanos (último trimestre utilizable):',
  'corridor.fees.title': 'Comisiones perdidas (estimación)',
  'corridor.fees.ok':
    '{year}: unos {fees} en comisiones sobre {flow} enviados (costo medio {cost}, promedio de {quarters}); {savings} quedarían para las familias con la meta del 3 %.',
  'corridor.fees.noEstimate': '{year}: no hay estimación de remesas para este corredor, así que no hay estimación de comisiones.',
  'corridor.fees.notPriced': '{year}: el corredor no se relevó ese año, así que no hay estimación de comisiones.',
  'corridor.fees.estimate':
    'Estimación: la estimación bilateral de remesas (Banco Mundial/KNOMAD) × el costo medio de enviar 200 USD el mismo año (Remittance Prices Worldwide), aplicado a todo el flujo.',
  'corridor.protection.title': 'Protección ({asOf})',
  'corridor.protection.caption': 'Situación de ambos Estados respecto de los ocho instrumentos de protección de los migrantes',
  'corridor.protection.instrument': 'Instrumento',
  'corridor.protection.partySince': 'Parte desde el {date}',

  // ---- comisiones perdidas, el mundo entero (tarjeta de análisis y cifra clave)
  'corridor.world.title': 'Comisiones perdidas en el camino',
  'corridor.world.unit': 'US$ (estimación de un modelo)',
  'corridor.world.subtitle': '{year}: comisiones estimadas sobre las remesas que pasan por los corredores relevados ese año, por país de recepción',
  'corridor.world.summary':
    'Los corredores relevados llevan el {coverage} de la matriz {year} ({priced} de {total}). Comisiones estimadas: {fees}; con la meta del 3 %, {savings} quedarían para las familias.',
  'corridor.world.label': 'Barras ordenadas: comisiones estimadas sobre las remesas recibidas, por país de recepción, {year}',
  'corridor.world.tip': '{name}: {fees} en comisiones sobre {priced} por corredores relevados (costo medio {cost})',
  'corridor.world.x': 'Comisiones estimadas (US$)',
  'corridor.world.notBundled': 'La matriz bilateral de remesas {year} no está incluida en esta versión.',
  'corridor.world.source':
    'Matriz bilateral de remesas KNOMAD / Banco Mundial {year} (estimaciones de modelo) × Banco Mundial, Remittance Prices Worldwide, trimestres de {year}',
  'corridor.world.note':
    'Estimación: flujo de cada corredor × su costo medio utilizable del año; los corredores nunca relevados quedan fuera (véase la cobertura). Ahorro: lo que los mismos flujos costarían menos al 3 %.',
  'corridor.world.key': 'Comisiones estimadas sobre las remesas, {year}',
  'corridor.world.keyNote': 'El {coverage} de la matriz pasa por corredores relevados; {savings} ahorrados al 3 %',
} as const;
