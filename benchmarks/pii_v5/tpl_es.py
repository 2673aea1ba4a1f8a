"""Spanish positive templates (es_ES). Local slots are full national numbers (closed plan)."""

T = {
    "notas_podcast": [
        """Episodio {n:5-150}: {pick:Huertos urbanos|Historias del barrio|El juicio del siglo|Radios antiguas}
Grabado el {date}, duración {n:30-90} min.
Invitada: {p1} ({org}). Mencionamos {neg:isbn} y el {neg:statute}.
¿Quieres participar? {ctx} {loc} (contestador {neg:hours}){pick: o escribe a {email:role}|}.""",
    ],
    "ensayo_clinico": [
        """SE BUSCAN VOLUNTARIOS — estudio sobre {pick:asma|sueño|migraña|dermatitis}
El {org} busca adultos de {n:18-30} a {n:55-70} años en {town}. Registro {neg:trial_id}.
Compensación de hasta {neg:price}; {n:3-9} visitas.
Información: {ctx} {loc}{pick: o {email:role}| (gratuito: {svc})|}. Aprobado por el CEIm el {neg:date}.""",
    ],
    "tutorias": [
        """Horario de tutorías — Departamento de {pick:Historia|Química|Derecho Civil|Filología}
Dra. {p1}: {day} {neg:time}, despacho {neg:room}; {ctx} {loc}
Dr. {p2}: {pick:cita previa en {email:p2}|solo con cita previa}
Secretaría: {p3}, {neg:hours}, {nat}
Examen final el {neg:date}, {neg:room}.""",
    ],
    "subasta": [
        """Lote {n:1-400}: {pick:cómoda isabelina de nogal|pareja de jarrones de Talavera|reloj de bolsillo de plata|colección de postales}, {neg:year_range}. {neg:measurement}.
Salida {neg:price}. {neg:accession}.
Pujas telefónicas y por escrito: {p1}, {ctx} {loc}{pick:; {email:role}|}. {pick:Para pujar por teléfono se requiere tarjeta: {cc}.|}
Comisión {neg:percent} + IVA. Exposición el {day} {neg:time}.""",
    ],
    "ficha_veterinaria": [
        """Clínica veterinaria {org} — ficha
Paciente: {pick:Toby|Luna|Canela|Rufo} ({pick:podenco|gato europeo|conejo|galgo}), {neg:microchip}
Peso {neg:measurement}, temperatura {neg:temperature}
Titular: {p1}, {street}. {ctx} {loc}{pick:; móvil {mob}|}
{date}: vacuna, {neg:lot}. Próxima dosis {neg:date}.
Domiciliación: {iban}. {neg:invoice}""",
    ],
    "cooperativa": [
        """Boletín de la Cooperativa {pick:del Olivar|Agrícola San Isidro|Vinícola La Vega} — {town}
Precio del aceite: {neg:price}/kg; existencias {neg:stock}.
La cosechadora ({neg:model}) está reservada hasta el {neg:date}. Reservas: {ctx} {loc} ({p1:f}).
Teléfonos de los responsables de sección:
{rows:2-3:task}
Cuota por transferencia a {iban}, concepto {neg:account_ref}.""",
    ],
    "mercadillo": [
        """MERCADILLO SOLIDARIO el {day} desde {neg:time}, {street}, {town}
Ropa infantil, {pick:herramientas|vinilos|libros|menaje}, todo por menos de {neg:price}.
Dudas: {ctx} {loc}{pick: (por las tardes)|}. {pick:Solo efectivo.|Reserva con transferencia a {iban}.}""",
        """Vendo por mudanza antes del {neg:date}: sofá {neg:price}, lavadora ({neg:model}) {neg:price}.
Recoger en {street}. {pick:Llamar a|Preguntar por} {p1:f} al {loc} o al {mob}.""",
    ],
    "libro_visitas": [
        """{date}, habitación {n:1-20}. ¡Estancia maravillosa, gracias por el desayuno! {p1} y {p2:f}, {city}
{date}. Si pasáis por nuestra tierra: {email:p3}, tel. {abroad}
{date}. {n:2-8} noches, {neg:score} al mus. Familia {last}""",
    ],
    "peña_lista": [
        """Peña {pick:El Botijo|Los Amigos|La Tertulia} de {town} — teléfonos de los socios
{rows:2-3}
Cena de hermandad el {neg:date}, {neg:price} por cabeza. Local: {neg:room}.""",
    ],
    "radio_es": [
        """[{neg:time}] LOCUTOR: ...y el derbi termina {neg:score}. Estás escuchando {neg:frequency}.
[{neg:time}] LOCUTOR: Las líneas están abiertas, {ctx} {loc}.
[{neg:time}] OYENTE ({p1:f}, desde {town}): Hola, buenas tardes...
[{neg:time}] Tráfico: la {neg:bus} va desviada hasta el {neg:date}.""",
    ],
    "ficha_receta": [
        """FICHA DE RECETA — {pick:Croquetas de la abuela|Fabada|Tarta de Santiago|Gazpacho} de {p1:f}
Raciones {n:4-10} · horno {neg:temperature} · {n:20-90} min
- {neg:measurement} de harina
- {n:2-6} huevos
Del recetario de la parroquia de {town} ({neg:isbn}). Pedidos: {p2}, {ctx} {loc}.""",
    ],
}
